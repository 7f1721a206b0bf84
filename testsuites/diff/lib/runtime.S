/*
 * Runtime of the differential-test images: entered at EL2 with the MMU off on the
 * QEMU `virt` board (or trapeze).  It runs every block listed by the generated file
 * (gen.py), one after the other, and prints one line per block over the PL011:
 *
 *   B <index> <x0> .. <x30> <sp> <nzcv> <scratch checksum>      (all 16-digit hex)
 *   EXCEPTION blk <index> vec=<n> esr=.. elr=.. far=.. spsr=..   (block abandoned)
 *
 * then "TRAPEZE-DIFF END" and PSCI SYSTEM_OFF.  Built with -DDIFF_FP (FP/SIMD classes), FP
 * is enabled (CPTR_EL2.TFP = 0, CPACR_EL1.FPEN = 11) and each B line is followed by
 *
 *   F <index> <v0> .. <v31> <fpsr> <fpcr>       (V registers as 32 hex digits)
 *
 * the block having loaded FPCR and V0..V31 from its descriptor (offsets 288, 304) and
 * cleared FPSR, and stored Q0..Q31, FPSR, FPCR at diff_regdump + 272.
 *
 * Modes (one -D per build, the same as the generated file's; see gen.py MODES):
 *   DIFF_MODE_EL2      blocks at EL2, MMU off: Device memory, SCTLR_EL2.A = 1.
 *   DIFF_MODE_EL2_MMU  blocks at EL2, stage 1 on: TTBR0_EL2/TCR_EL2, 4K granule, 39-bit
 *                      VA from level 1; RAM identity-mapped Normal WB, the UART
 *                      Device-nGnRnE, SCTLR_EL2.A = 0 (unaligned allowed).
 *   DIFF_MODE_EL1_S2   blocks at EL1 (HCR_EL2.RW = 1, VM = 1): stage 1 TTBR0_EL1/TCR_EL1,
 *                      64K granule, 48-bit VA from level 1, 16-bit ASID; stage 2
 *                      VTTBR_EL2/VTCR_EL2, 16K granule, 38-bit IPA starting at level 2
 *                      with 4 concatenated tables.  RAM and UART identity-mapped through
 *                      both stages (VA = IPA = PA), so the EL1 runtime prints directly;
 *                      SYSTEM_OFF is an HVC to EL2, which does the SMC.  An exception
 *                      taken to EL2 during a block is reported by EL2 (with the EL2
 *                      syndrome registers) and EL1 resumes at the next block.
 * In the MMU modes the generated file reserves 64 KiB (64K-aligned) at diff_scratch (PA),
 * left out of the identity map; the blocks see the buffer at diff_scratch_va, whose
 * middle (x28) is a page boundary: the half below x28 is in a page mapped to
 * diff_scratch + 4K (EL2, 4K pages), or through IPA SCR_IPA_LO to diff_scratch + 16K
 * (EL1); the half above x28 is mapped to diff_scratch + 0 (through IPA SCR_IPA_HI at EL1).
 * So an access across x28 crosses into a non-adjacent physical page.
 *
 * Contract with the generated file (gen.py keeps the offsets in step):
 *   diff_block_count   .quad number of blocks
 *   diff_block_table   .quad descriptor address, one per block
 *   diff_scratch       the scratch buffer, diff_scratch_size bytes (.quad), as the blocks
 *                      see it at diff_scratch_va (= diff_scratch with the MMU off, by
 *                      lib/link.ld)
 *   descriptor: x0..x30 initial values, NZCV, SP, buffer seed, code address, index
 *   block code: loads x0..x30 from the descriptor in x0, runs, stores its state into
 *               diff_regdump (x0..x30, sp, nzcv) and branches to diff_block_end.
 */

#if defined(DIFF_MODE_EL2_MMU)
#define DIFF_MMU        1
#elif defined(DIFF_MODE_EL1_S2)
#define DIFF_MMU        1
#define DIFF_EL1        1
#elif !defined(DIFF_MODE_EL2)
#error "build with -DDIFF_MODE_EL2, -DDIFF_MODE_EL2_MMU or -DDIFF_MODE_EL1_S2"
#endif

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
#define HCR_EL2_VM      (1 << 0)                /* stage 2 on for EL1&0 */
/* SCTLR_EL2 with the MMU on: the RES1 bits, M, C, SA, I; A = 0, WXN = 0. */
#define SCTLR_EL2_MMU   0x30C5183D
/* SCTLR_EL1: RES1 bits 11,20,22,23 (SPAN = 1: PAN unchanged on exceptions),28,29; M, C,
 * SA, SA0, I, nTWI, nTWE; A = 0, WXN = 0, EE = E0E = 0. */
#define SCTLR_EL1_VAL   0x30D5181D
#define SPSR_EL1H_MASKED 0x3C5                  /* EL1h, DAIF all set */
#define ESR_EC_HVC64    0x16

#define RAM_BASE        0x40000000
#define SCRATCH_SLOT    0x10000                 /* bytes reserved at diff_scratch (PA) */
#define MAIR_VAL        0x00FF                  /* Attr0 Normal WB RW-alloc, Attr1 Device-nGnRnE */

/* Stage-1 block/page descriptor fields (DDI 0487 D8.3) */
#define D_PAGE          3                       /* valid, page (level 3) */
#define D_ATTR(n)       ((n) << 2)
#define D_AP_EL0        (1 << 6)                /* AP[1] */
#define D_SH_INNER      (3 << 8)
#define D_AF            (1 << 10)
#define D_NG            (1 << 11)
#define D_PXN           (1 << 53)
#define D_UXN           (1 << 54)               /* XN in the EL2 regime */
/* Stage-2 descriptor fields (FWB = 0) */
#define S2_MEMATTR_NORMAL (0xF << 2)            /* Outer WB, Inner WB */
#define S2_MEMATTR_DEVICE (0x1 << 2)            /* Device-nGnRE */
#define S2_AP_RW        (3 << 6)
#define S2_XN           (1 << 54)

#if defined(DIFF_MODE_EL2_MMU)
/* TCR_EL2: T0SZ 25 (39-bit VA, start level 1), IRGN0 = ORGN0 = WB WA, SH0 inner, TG0 4K,
 * PS 40 bits, RES1 bits 23 and 31. */
#define TCR_EL2_VAL     0x80823519
#define PT_GRANULE      12
#define PT_START        1
#define PT_IAS          39
#define SCR_VA_MID      0x1234567000            /* x28: a 4K page boundary */
#define SCR_PAGE        0x1000
/* AP[1] is RES1 in the one-privilege-level EL2 regime (as KVM's nVHE hyp writes it) */
#define PG_NORMAL       (D_PAGE | D_ATTR(0) | D_AP_EL0 | D_SH_INNER | D_AF)
#define PG_SCRATCH      (PG_NORMAL | D_UXN)
#define PG_DEVICE       (D_PAGE | D_ATTR(1) | D_AP_EL0 | D_AF | D_UXN)
#endif

#if defined(DIFF_MODE_EL1_S2)
/* TCR_EL1: T0SZ 16 (48-bit VA, start level 1 with 64K), IRGN0 = ORGN0 = WB WA, SH0
 * inner, TG0 64K, EPD1 (no TTBR1 walks), TG1 4K, IPS 40 bits, AS (16-bit ASID). */
#define TCR_EL1_VAL     0x1280807510
#define TTBR0_EL1_ASID  0xA51C
#define PT_GRANULE      16
#define PT_START        1
#define PT_IAS          48
#define SCR_VA_MID      0x7A5B3C4D0000          /* x28: a 64K page boundary */
#define SCR_PAGE        0x10000
#define SCR_IPA_LO      0x3012340000            /* IPA of the 64K VA page below x28 */
#define SCR_IPA_HI      0x2ABCDE0000            /* IPA of the 64K VA page above x28 */
#define PG_NORMAL       (D_PAGE | D_ATTR(0) | D_SH_INNER | D_AF)
/* EL0-accessible so that LDTR/STTR at EL1 (checked as EL0) work; not global. */
#define PG_SCRATCH      (D_PAGE | D_ATTR(0) | D_AP_EL0 | D_SH_INNER | D_AF | D_NG | D_PXN | D_UXN)
#define PG_DEVICE       (D_PAGE | D_ATTR(1) | D_AF | D_PXN | D_UXN)
/* VTCR_EL2: T0SZ 26 (38-bit IPA), SL0 = 01 (level 2 with 16K: 4 concatenated tables),
 * IRGN0 = ORGN0 = WB WA, SH0 inner, TG0 16K, PS 40 bits, RES1 bit 31. */
#define VTCR_EL2_VAL    0x8002B55A
#define VTTBR_VMID      0x5A
#define S2_GRANULE      14
#define S2_START        2
#define S2_IAS          38
#define S2_ROOT_SIZE    0x10000
#define S2_PAGE         0x4000
#define S2_NORMAL       (D_PAGE | S2_MEMATTR_NORMAL | S2_AP_RW | D_SH_INNER | D_AF)
#define S2_DEVICE       (D_PAGE | S2_MEMATTR_DEVICE | S2_AP_RW | D_AF | S2_XN)
#endif

#ifdef DIFF_MMU
    .set    pg_normal, PG_NORMAL
    .set    pg_scratch, PG_SCRATCH
    .set    pg_device, PG_DEVICE
    .set    scr_va_lo, SCR_VA_MID - SCR_PAGE    /* VA page below x28 */
    .set    scr_va_hi, SCR_VA_MID               /* VA page above x28 */
#ifdef DIFF_EL1
    .set    s2_normal, S2_NORMAL
    .set    s2_device, S2_DEVICE
    .set    scr_ipa_lo_s2, SCR_IPA_LO + SCR_PAGE - S2_PAGE
    .set    scr_ipa_lo, SCR_IPA_LO
    .set    scr_ipa_hi, SCR_IPA_HI
#endif
#define PT_POOL_SIZE    0x100000
    .global diff_scratch_va
    .set    diff_scratch_va, SCR_VA_MID - 2048  /* gen.SCRATCH_MID */
#endif

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
#define VAR_PT_NEXT     32

#define DUMP_WORDS      34                      /* x0..x30, sp, nzcv, checksum */
#ifdef DIFF_FP
#define DUMP_FP         (DUMP_WORDS * 8)        /* q0..q31, fpsr, fpcr (gen.DUMP_FP) */
#define DUMP_SIZE       (DUMP_FP + 32 * 16 + 16)
/* CPTR_EL2 (E2H = 0): RES1 bits 0-7, 9, 12, 13; TFP (10) = 0, TZ (8) = 1 */
#define CPTR_EL2_VAL    0x33FF
#define CPACR_EL1_VAL   (3 << 20)               /* FPEN = 11: no FP/SIMD traps at EL1/0 */
#else
#define DUMP_SIZE       (DUMP_WORDS * 8)
#endif
#define FNV_PRIME       0x100000001b3

.macro adr_l reg, sym
    adrp    \reg, \sym
    add     \reg, \reg, :lo12:\sym
.endm

/* ldr_c reg, value: any 64-bit constant or symbol (literal pool) */
.macro ldr_c reg, val
    ldr     \reg, =\val
.endm

/* map va, pa, size, attrs: leaf entries for [va, va + size) -> pa in the tables at x25,
 * granule, start level and input size in x5..x7 (see diff_map).  Each operand is a
 * register (x8..x13, x26, x27) or a constant or symbol without spaces (the descriptors and
 * addresses are given as assembler symbols below for that). */
.macro load_op dst, val
    .set    .Lload_op_reg, 0
    .irp r, x8, x9, x10, x11, x12, x13, x26, x27
    .ifc \val, \r
    .set    .Lload_op_reg, 1
    .endif
    .endr
    .if .Lload_op_reg
    mov     \dst, \val
    .else
    ldr     \dst, =\val
    .endif
.endm
.macro map va, pa, size, attrs
    load_op x1, \va
    load_op x2, \pa
    load_op x3, \size
    load_op x4, \attrs
    mov     x0, x25
    bl      diff_map
.endm

/* map_ram attrs: VA = PA for the RAM up to the image end, but the scratch slot */
.macro map_ram attrs
    ldr     x8, =RAM_BASE
    sub     x9, x26, x8
    map     x8, x8, x9, \attrs
    add     x8, x26, #SCRATCH_SLOT
    sub     x9, x27, x8
    map     x8, x8, x9, \attrs
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
#ifdef DIFF_FP
    ldr     x0, =CPTR_EL2_VAL
    msr     cptr_el2, x0
#ifdef DIFF_EL1
    ldr     x0, =CPACR_EL1_VAL
    msr     cpacr_el1, x0
#endif
#endif
    isb
    adr_l   x0, diff_stack_top
    mov     sp, x0
    adr_l   x0, diff_vars
    stp     xzr, xzr, [x0]                      /* cur, saved_sp */
    stp     xzr, xzr, [x0, #16]                 /* in_block, in_handler */
#ifdef DIFF_MMU
    adr_l   x1, diff_pt_pool
    str     x1, [x0, #VAR_PT_NEXT]
    /* x26, x27: the identity-mapped RAM around the scratch slot */
    adr_l   x26, diff_scratch
    adr_l   x27, diff_image_end
    add     x27, x27, #0x10, lsl #12
    sub     x27, x27, #1
    and     x27, x27, #~0xffff                  /* rounded up to 64K */
#endif

#if defined(DIFF_MODE_EL2_MMU)
    mov     x15, #(1 << PT_GRANULE)
    bl      diff_pt_alloc
    mov     x25, x14                            /* TTBR0_EL2 */
    mov     x5, #PT_GRANULE
    mov     x6, #PT_START
    mov     x7, #PT_IAS
    map_ram pg_normal
    map     UART_BASE, UART_BASE, SCR_PAGE, pg_device
    add     x10, x26, #SCR_PAGE
    map     scr_va_lo, x10, SCR_PAGE, pg_scratch
    map     scr_va_hi, x26, SCR_PAGE, pg_scratch
    ldr_c   x0, MAIR_VAL
    msr     mair_el2, x0
    ldr_c   x0, TCR_EL2_VAL
    msr     tcr_el2, x0
    msr     ttbr0_el2, x25
    isb
    tlbi    alle2
    dsb     ish
    isb
    ldr_c   x0, SCTLR_EL2_MMU
    msr     sctlr_el2, x0
    isb
#endif

#if defined(DIFF_MODE_EL1_S2)
    /* stage 2: VA = IPA = PA for RAM (but the scratch slot) and the UART */
    mov     x15, #S2_ROOT_SIZE
    bl      diff_pt_alloc
    mov     x25, x14
    mov     x5, #S2_GRANULE
    mov     x6, #S2_START
    mov     x7, #S2_IAS
    map_ram s2_normal
    map     UART_BASE, UART_BASE, S2_PAGE, s2_device
    /* the buffer half below x28 is at the end of the 64K IPA page SCR_IPA_LO */
    add     x10, x26, #S2_PAGE
    map     scr_ipa_lo_s2, x10, S2_PAGE, s2_normal
    map     scr_ipa_hi, x26, S2_PAGE, s2_normal
    mov     x24, x25                            /* VTTBR_EL2 */

    /* stage 1 (EL1&0): VA = IPA for RAM (but the scratch slot) and the UART */
    mov     x15, #(1 << PT_GRANULE)
    bl      diff_pt_alloc
    mov     x25, x14
    mov     x5, #PT_GRANULE
    mov     x6, #PT_START
    mov     x7, #PT_IAS
    map_ram pg_normal
    map     UART_BASE, UART_BASE, SCR_PAGE, pg_device
    map     scr_va_lo, scr_ipa_lo, SCR_PAGE, pg_scratch
    map     scr_va_hi, scr_ipa_hi, SCR_PAGE, pg_scratch

    ldr_c   x0, VTCR_EL2_VAL
    msr     vtcr_el2, x0
    ldr_c   x0, (VTTBR_VMID << 48)
    orr     x0, x0, x24
    msr     vttbr_el2, x0
    ldr_c   x0, (HCR_EL2_RW | HCR_EL2_VM)
    msr     hcr_el2, x0
    ldr_c   x0, MAIR_VAL
    msr     mair_el1, x0
    ldr_c   x0, TCR_EL1_VAL
    msr     tcr_el1, x0
    ldr_c   x0, (TTBR0_EL1_ASID << 48)
    orr     x0, x0, x25
    msr     ttbr0_el1, x0
    adr_l   x0, diff_vectors_el1
    msr     vbar_el1, x0
    ldr_c   x0, SCTLR_EL1_VAL
    msr     sctlr_el1, x0
    adr_l   x0, diff_stack_top
    msr     sp_el1, x0
    isb
    tlbi    alle1
    dsb     ish
    isb
    mov     x0, #SPSR_EL1H_MASKED
    msr     spsr_el2, x0
    adr_l   x0, diff_main
    msr     elr_el2, x0
    eret
#endif

diff_main:
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
    ldr_c   x1, diff_scratch_va
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
    ldr_c   x1, diff_scratch_va
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
#ifdef DIFF_FP
    /* "F <index> <v0>..<v31> <fpsr> <fpcr>" */
    mov     w0, #'F'
    bl      diff_putc
    bl      diff_put_index
    mov     x24, #0
5:  mov     w0, #' '
    bl      diff_putc
    add     x25, x23, #DUMP_FP
    add     x25, x25, x24, lsl #4
    ldr     x0, [x25, #8]
    bl      diff_puthex
    ldr     x0, [x25]
    bl      diff_puthex
    add     x24, x24, #1
    cmp     x24, #32
    b.lo    5b
    mov     w0, #' '
    bl      diff_putc
    ldr     x0, [x23, #(DUMP_FP + 512)]
    bl      diff_puthex
    mov     w0, #' '
    bl      diff_putc
    ldr     x0, [x23, #(DUMP_FP + 520)]
    bl      diff_puthex
    mov     w0, #'\n'
    bl      diff_putc
#endif
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
    ldr_c   x1, diff_scratch_va
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
#ifdef DIFF_EL1
    hvc     #0                                  /* EL2 does the SMC */
#else
    smc     #0
#endif
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

/* " vec=<x19> esr=.. elr=.. far=.. spsr=..\n" with the ELx syndrome registers */
.macro put_syndrome el
    adr_l   x0, msg_vec
    mov     x1, x19
    bl      diff_putfield
    adr_l   x0, msg_esr
    mrs     x1, esr_el\el
    bl      diff_putfield
    adr_l   x0, msg_elr
    mrs     x1, elr_el\el
    bl      diff_putfield
    adr_l   x0, msg_far
    mrs     x1, far_el\el
    bl      diff_putfield
    adr_l   x0, msg_spsr
    mrs     x1, spsr_el\el
    bl      diff_putfield
    mov     w0, #'\n'
    bl      diff_putc
.endm

#ifdef DIFF_EL1
#define RUN_EL 1
#else
#define RUN_EL 2
#endif

/* Any exception at the EL running the blocks: report it; inside a block, abandon the
 * block and go on. */
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
2:  put_syndrome RUN_EL
    adr_l   x22, diff_vars
    str     xzr, [x22, #VAR_IN_HANDLER]
    cbz     x20, diff_poweroff
    str     xzr, [x22, #VAR_IN_BLOCK]
    b       diff_advance

#ifdef DIFF_EL1
/* At EL2 (MMU off), from EL1: HVC is SYSTEM_OFF; anything else is reported with the EL2
 * syndrome registers and, inside a block, EL1 resumes with the next block. */
diff_el2_lower:
    mrs     x1, esr_el2
    lsr     x1, x1, #26
    cmp     x1, #ESR_EC_HVC64
    b.eq    diff_el2_off
    adr_l   x22, diff_vars
    ldr     x1, [x22, #VAR_IN_HANDLER]
    cbnz    x1, diff_el2_off
    mov     x1, #1
    str     x1, [x22, #VAR_IN_HANDLER]
    mov     x19, x0
    ldr     x20, [x22, #VAR_IN_BLOCK]
    adr_l   x1, diff_el2_stack_top
    mov     sp, x1
    adr_l   x0, msg_exc
    bl      diff_puts
    cbz     x20, 2f
    adr_l   x0, msg_blk
    bl      diff_puts
    bl      diff_put_index
2:  put_syndrome 2
    adr_l   x22, diff_vars
    str     xzr, [x22, #VAR_IN_HANDLER]
    cbz     x20, diff_el2_off
    str     xzr, [x22, #VAR_IN_BLOCK]
    adr_l   x0, diff_el1_resume
    msr     elr_el2, x0
    mov     x0, #SPSR_EL1H_MASKED
    msr     spsr_el2, x0
    eret

/* At EL2, from EL2 itself: report and stop. */
diff_el2_fatal:
    mov     x19, x0
    adr_l   x1, diff_el2_stack_top
    mov     sp, x1
    adr_l   x0, msg_exc
    bl      diff_puts
    put_syndrome 2
diff_el2_off:
    ldr     x0, =PSCI_SYSTEM_OFF
    smc     #0
    b       .

/* At EL1, after EL2 abandoned a block. */
diff_el1_resume:
    adr_l   x0, diff_stack_top
    mov     sp, x0
    b       diff_advance
#endif

#ifdef DIFF_MMU
/* diff_pt_alloc: x15 = size (a power of two); returns in x14 a zeroed block of that size,
 * aligned to it, from diff_pt_pool.  Clobbers x12, x15. */
diff_pt_alloc:
    adr_l   x12, diff_vars
    ldr     x14, [x12, #VAR_PT_NEXT]
    sub     x15, x15, #1
    add     x14, x14, x15
    bic     x14, x14, x15
    add     x15, x15, #1
    add     x15, x14, x15
    str     x15, [x12, #VAR_PT_NEXT]
    adr_l   x12, diff_pt_pool_end
    cmp     x15, x12
    b.hi    diff_pt_full
    mov     x12, x14
1:  stp     xzr, xzr, [x12], #16
    cmp     x12, x15
    b.lo    1b
    ret
diff_pt_full:
    adr_l   x0, msg_pt_full
    bl      diff_puts
    b       diff_poweroff

/* diff_map: leaf (level 3) entries mapping [x1, x1 + x3) to x2 with attributes x4, in the
 * translation tables rooted at x0, for granule 2^x5 bytes, start level x6, input address
 * size x7 bits (the start level may index concatenated tables).  Missing tables are
 * allocated.  Clobbers x1..x3, x8..x17. */
diff_map:
    mov     x17, x30
    mov     x8, #1
    lsl     x8, x8, x5                          /* granule size */
    sub     x16, x5, #3                         /* bits per level */
1:  cbz     x3, 9f
    mov     x9, x0                              /* table */
    mov     x10, x6                             /* level */
2:  mov     x11, #3
    sub     x11, x11, x10
    mul     x11, x11, x16
    add     x11, x11, x5                        /* shift of this level's index */
    sub     x12, x7, x11
    cmp     x10, x6
    csel    x12, x12, x16, eq                   /* index bits */
    lsr     x13, x1, x11
    mov     x14, #1
    lsl     x14, x14, x12
    sub     x14, x14, #1
    and     x13, x13, x14
    add     x13, x9, x13, lsl #3                /* entry address */
    cmp     x10, #3
    b.eq    3f
    ldr     x14, [x13]
    cbnz    x14, 4f
    mov     x15, x8
    bl      diff_pt_alloc
    orr     x12, x14, #3                        /* table descriptor */
    str     x12, [x13]
4:  and     x9, x14, #0x0000fffffffff000
    add     x10, x10, #1
    b       2b
3:  orr     x14, x2, x4
    str     x14, [x13]
    add     x1, x1, x8
    add     x2, x2, x8
    sub     x3, x3, x8
    b       1b
9:  ret     x17
#endif

    .ltorg

/* Vector tables: 16 entries of 128 bytes, 2 KiB aligned (DDI 0487 D1.10.2). */
.macro vector n, target
    .balign 128
    mov     x0, #\n
    b       \target
.endm
    .balign 2048
diff_vectors:                                   /* VBAR_EL2 */
#ifdef DIFF_EL1
    .irp n, 0,1,2,3,4,5,6,7
    vector \n, diff_el2_fatal
    .endr
    .irp n, 8,9,10,11,12,13,14,15
    vector \n, diff_el2_lower
    .endr
    .balign 2048
diff_vectors_el1:                               /* VBAR_EL1 */
#endif
    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
    vector \n, diff_exception
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
msg_pt_full: .asciz "EXCEPTION page-table pool full\n"

    .section .bss
    .balign 16
diff_vars:
    .skip   48
    .global diff_regdump
diff_regdump:
    .skip   DUMP_SIZE
    .balign 16
diff_stack:
    .skip   16384
diff_stack_top:
#ifdef DIFF_EL1
    .skip   4096
diff_el2_stack_top:
#endif
#ifdef DIFF_MMU
    .balign 65536
diff_pt_pool:
    .skip   PT_POOL_SIZE
diff_pt_pool_end:
#endif
