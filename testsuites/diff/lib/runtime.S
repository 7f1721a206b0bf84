/*
 * Runtime of the differential-test images: entered at EL2 with the MMU off on the
 * QEMU `virt` board (or trapeze).  It runs every block listed by the generated file
 * (gen.py), one after the other, and prints one line per block over the PL011:
 *
 *   B <index> <x0> .. <x30> <sp> <nzcv> <scratch checksum>      (all 16-digit hex)
 *   EXCEPTION blk <index> vec=<n> esr=.. elr=.. far=.. spsr=..   (block abandoned)
 *
 * then "TRAPEZE-DIFF END" and PSCI SYSTEM_OFF.
 *
 * Contract with the generated file (gen.py keeps the offsets in step):
 *   diff_block_count   .quad number of blocks
 *   diff_block_table   .quad descriptor address, one per block
 *   diff_scratch       the scratch buffer, diff_scratch_size bytes (.quad)
 *   descriptor: x0..x30 initial values, NZCV, SP, buffer seed, code address, index
 *   block code: loads x0..x30 from the descriptor in x0, runs, stores its state into
 *               diff_regdump (x0..x30, sp, nzcv) and branches to diff_block_end.
 */

#define UART_BASE       0x09000000
#define UART_FR         0x18
#define UART_FR_TXFF    (1 << 5)                /* PL011 TRM: transmit FIFO full */
#define PSCI_SYSTEM_OFF 0x84000008              /* Arm DEN 0022, SMC32 function ID */
/* SCTLR_EL2 (E2H == 0): RES1 bits 4,5,11,16,18,22,23,28,29; A (bit 1) and SA (bit 3)
 * on, so every unaligned data access faults whatever the memory type (QEMU 7.2 does not
 * fault unaligned Device accesses with the MMU off, but does check SCTLR.A); M, C, I
 * off; EE = 0 (little-endian). */
#define SCTLR_EL2_VAL   0x30C5083A
#define HCR_EL2_RW      (1 << 31)               /* nothing trapped, EL1 is AArch64 */

#define DESC_NZCV       248
#define DESC_SP         256
#define DESC_BUFSEED    264
#define DESC_CODE       272
#define DESC_INDEX      280

/* diff_vars */
#define VAR_CUR         0
#define VAR_SAVED_SP    8
#define VAR_IN_BLOCK    16
#define VAR_IN_HANDLER  24

#define DUMP_WORDS      34                      /* x0..x30, sp, nzcv, checksum */
#define FNV_PRIME       0x100000001b3

.macro adr_l reg, sym
    adrp    \reg, \sym
    add     \reg, \reg, :lo12:\sym
.endm

    .section .text.boot, "ax"
    .global _start
_start:
    msr     daifset, #0xf
    adr_l   x0, diff_vectors
    msr     vbar_el2, x0
    ldr     x0, =SCTLR_EL2_VAL
    msr     sctlr_el2, x0
    ldr     x0, =HCR_EL2_RW
    msr     hcr_el2, x0
    isb
    adr_l   x0, diff_stack_top
    mov     sp, x0
    adr_l   x0, diff_vars
    stp     xzr, xzr, [x0]                      /* cur, saved_sp */
    stp     xzr, xzr, [x0, #16]                 /* in_block, in_handler */
    adr_l   x0, msg_begin
    bl      diff_puts

diff_next_block:
    adr_l   x22, diff_vars
    ldr     x19, [x22, #VAR_CUR]
    adr_l   x0, diff_block_count
    ldr     x20, [x0]
    cmp     x19, x20
    b.hs    diff_done
    adr_l   x0, diff_block_table
    ldr     x21, [x0, x19, lsl #3]

    /* fill the scratch buffer with xorshift64 from the block's seed */
    ldr     x0, [x21, #DESC_BUFSEED]
    adr_l   x1, diff_scratch
    adr_l   x2, diff_scratch_size
    ldr     x2, [x2]
    add     x2, x1, x2
1:  eor     x0, x0, x0, lsl #13
    eor     x0, x0, x0, lsr #7
    eor     x0, x0, x0, lsl #17
    str     x0, [x1], #8
    cmp     x1, x2
    b.lo    1b

    mov     x0, sp
    str     x0, [x22, #VAR_SAVED_SP]
    mov     x0, #1
    str     x0, [x22, #VAR_IN_BLOCK]
    ldr     x0, [x21, #DESC_NZCV]
    msr     nzcv, x0
    ldr     x0, [x21, #DESC_SP]
    mov     sp, x0
    ldr     x1, [x21, #DESC_CODE]
    mov     x0, x21
    br      x1

    .global diff_block_end
diff_block_end:
    adr_l   x22, diff_vars
    ldr     x0, [x22, #VAR_SAVED_SP]
    mov     sp, x0
    str     xzr, [x22, #VAR_IN_BLOCK]

    /* checksum: FNV-1a style over 64-bit words */
    adr_l   x1, diff_scratch
    adr_l   x2, diff_scratch_size
    ldr     x2, [x2]
    add     x2, x1, x2
    mov     x3, #0
    ldr     x4, =FNV_PRIME
1:  ldr     x5, [x1], #8
    eor     x3, x3, x5
    mul     x3, x3, x4
    cmp     x1, x2
    b.lo    1b
    adr_l   x23, diff_regdump
    str     x3, [x23, #(DUMP_WORDS - 1) * 8]

    mov     w0, #'B'
    bl      diff_putc
    bl      diff_put_index
    mov     x24, #0
2:  mov     w0, #' '
    bl      diff_putc
    ldr     x0, [x23, x24, lsl #3]
    bl      diff_puthex
    add     x24, x24, #1
    cmp     x24, #DUMP_WORDS
    b.lo    2b
    mov     w0, #'\n'
    bl      diff_putc
#ifdef DUMP_SCRATCH
    /* "S <index> <offset> <8 words>" lines covering the whole buffer */
    mov     x25, #0
3:  mov     w0, #'S'
    bl      diff_putc
    bl      diff_put_index
    mov     w0, #' '
    bl      diff_putc
    mov     x0, x25
    bl      diff_puthex
    mov     x24, #0
4:  mov     w0, #' '
    bl      diff_putc
    adr_l   x1, diff_scratch
    add     x1, x1, x25
    ldr     x0, [x1, x24, lsl #3]
    bl      diff_puthex
    add     x24, x24, #1
    cmp     x24, #8
    b.lo    4b
    mov     w0, #'\n'
    bl      diff_putc
    add     x25, x25, #64
    adr_l   x1, diff_scratch_size
    ldr     x1, [x1]
    cmp     x25, x1
    b.lo    3b
#endif
diff_advance:
    adr_l   x22, diff_vars
    ldr     x0, [x22, #VAR_CUR]
    add     x0, x0, #1
    str     x0, [x22, #VAR_CUR]
    b       diff_next_block

diff_done:
    adr_l   x0, msg_end
    bl      diff_puts
diff_poweroff:
    ldr     x0, =PSCI_SYSTEM_OFF
    smc     #0
    b       .

/* " <index of the current block>" */
diff_put_index:
    mov     x15, x30
    mov     w0, #' '
    bl      diff_putc
    adr_l   x0, diff_vars
    ldr     x0, [x0, #VAR_CUR]
    adr_l   x1, diff_block_table
    ldr     x0, [x1, x0, lsl #3]
    ldr     x0, [x0, #DESC_INDEX]
    bl      diff_puthex
    ret     x15

/* w0: character.  Clobbers x9, x10. */
diff_putc:
    mov     x9, #UART_BASE
1:  ldr     w10, [x9, #UART_FR]
    tbnz    w10, #5, 1b                         /* UART_FR_TXFF */
    str     w0, [x9]
    ret

/* x0: NUL-terminated string.  Clobbers x0, x9..x12. */
diff_puts:
    mov     x12, x30
    mov     x11, x0
1:  ldrb    w0, [x11], #1
    cbz     w0, 2f
    bl      diff_putc
    b       1b
2:  ret     x12

/* x0: value, printed as 16 hex digits.  Clobbers x0, x9..x14. */
diff_puthex:
    mov     x14, x30
    mov     x11, x0
    mov     x13, #60
1:  lsr     x0, x11, x13
    and     x0, x0, #0xf
    cmp     x0, #10
    add     x12, x0, #'0'
    add     x0, x0, #('a' - 10)
    csel    x0, x12, x0, lo
    bl      diff_putc
    subs    x13, x13, #4
    b.ge    1b
    ret     x14

/* x0: label string, x1: value -> " <label><value>" */
diff_putfield:
    mov     x16, x30
    mov     x17, x1
    bl      diff_puts
    mov     x0, x17
    bl      diff_puthex
    ret     x16

/* Any exception: report it; inside a block, abandon the block and go on. */
diff_exception:
    adr_l   x22, diff_vars
    ldr     x1, [x22, #VAR_IN_HANDLER]
    cbnz    x1, diff_poweroff                   /* fault inside the handler itself */
    mov     x1, #1
    str     x1, [x22, #VAR_IN_HANDLER]
    mov     x19, x0
    ldr     x20, [x22, #VAR_IN_BLOCK]
    adr_l   x1, diff_stack_top
    cbz     x20, 1f
    ldr     x1, [x22, #VAR_SAVED_SP]
1:  mov     sp, x1
    adr_l   x0, msg_exc
    bl      diff_puts
    cbz     x20, 2f
    adr_l   x0, msg_blk
    bl      diff_puts
    bl      diff_put_index
2:  adr_l   x0, msg_vec
    mov     x1, x19
    bl      diff_putfield
    adr_l   x0, msg_esr
    mrs     x1, esr_el2
    bl      diff_putfield
    adr_l   x0, msg_elr
    mrs     x1, elr_el2
    bl      diff_putfield
    adr_l   x0, msg_far
    mrs     x1, far_el2
    bl      diff_putfield
    adr_l   x0, msg_spsr
    mrs     x1, spsr_el2
    bl      diff_putfield
    mov     w0, #'\n'
    bl      diff_putc
    adr_l   x22, diff_vars
    str     xzr, [x22, #VAR_IN_HANDLER]
    cbz     x20, diff_poweroff
    str     xzr, [x22, #VAR_IN_BLOCK]
    b       diff_advance

    .ltorg

/* VBAR_EL2 table: 16 entries of 128 bytes, 2 KiB aligned (DDI 0487 D1.10.2). */
.macro vector n
    .balign 128
    mov     x0, #\n
    b       diff_exception
.endm
    .balign 2048
diff_vectors:
    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
    vector \n
    .endr

    .section .rodata
msg_begin:  .asciz "TRAPEZE-DIFF BEGIN\n"
msg_end:    .asciz "TRAPEZE-DIFF END\n"
msg_exc:    .asciz "EXCEPTION"
msg_blk:    .asciz " blk"
msg_vec:    .asciz " vec="
msg_esr:    .asciz " esr="
msg_elr:    .asciz " elr="
msg_far:    .asciz " far="
msg_spsr:   .asciz " spsr="

    .section .bss
    .balign 16
diff_vars:
    .skip   32
    .global diff_regdump
diff_regdump:
    .skip   DUMP_WORDS * 8
    .balign 16
diff_stack:
    .skip   16384
diff_stack_top:
