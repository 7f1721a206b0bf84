/* Advanced SIMD load/store structures (C4.1.94; C7.2 LD1-LD4, ST1-ST4, LD1R-LD4R):
 * multiple structures with 1-4 registers, single structure (one lane, the
 * others kept), replicate, Q = 0 (upper half cleared, except single-structure
 * lanes), register numbers wrapping past V31, post-index by the transfer size
 * and by Xm.  Each group refills V0-V31 from vinit, runs its instructions
 * over src (bytes 0x01, 0x02, ...), then records V0-V31 and X1-X16 (the
 * address registers as offsets from src, or dst for group 5) in res: 80
 * doublewords a group.  Group 5 stores into dst (doublewords 400 on).  The
 * expected values were recorded on QEMU 7.2 (-cpu max), the reference, and
 * agree with the pseudocode's element order (unit.simd_ldst checks the same
 * forms element by element).  All element accesses are aligned: the MMU is
 * off, memory is Device.
 */
#include "asm.h"

.macro RELOAD
    ldr     x0, =vinit
    .irp r, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    ldr     q\r, [x0], #16
    .endr
    .irp r, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16
    mov     x\r, #0
    .endr
.endm

/* Make the address registers offsets from base. */
.macro REL base, regs:vararg
    .irp r, \regs
    sub     x\r, x\r, \base
    .endr
.endm

.macro DUMP
    .irp r, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    str     q\r, [x22], #16
    .endr
    .irp r, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16
    str     x\r, [x22], #8
    .endr
.endm

    .text
    MAIN_ENTER
    ldr     x20, =src
    ldr     x21, =dst
    ldr     x22, =res
    /* Group 1: LD1 (multiple structures), 1-4 registers, Q = 0 and 1 */
    RELOAD
    mov     x1, x20
    mov     x5, #40
    ld1     {v30.2d, v31.2d, v0.2d, v1.2d}, [x1], x5
    add     x2, x20, #8
    ld1     {v2.8b, v3.8b}, [x2], #16
    add     x3, x20, #32
    ld1     {v5.4h, v6.4h, v7.4h}, [x3]
    add     x4, x20, #24
    ld1     {v8.1d}, [x4], #8
    add     x6, x20, #64
    ld1     {v9.4s, v10.4s, v11.4s, v12.4s}, [x6], #64
    add     x7, x20, #3
    ld1     {v13.8b, v14.8b, v15.8b}, [x7], #24
    add     x8, x20, #128
    mov     x9, #-16
    ld1     {v16.2s, v17.2s}, [x8], x9
    add     x10, x20, #18
    ld1     {v18.8h}, [x10], #16
    add     x11, x20, #200
    ld1     {v19.4h, v20.4h, v21.4h, v22.4h}, [x11]
    add     x12, x20, #96
    ld1     {v23.16b, v24.16b}, [x12], #32
    add     x13, x20, #48
    ld1     {v25.1d, v26.1d, v27.1d}, [x13], #24
    add     x14, x20, #5
    ld1     {v28.16b}, [x14], #16
    REL x20, 1,2,3,4,6,7,8,10,11,12,13,14
    DUMP

    /* Group 2: LD2, LD3, LD4 (multiple structures) */
    RELOAD
    mov     x1, x20
    ld2     {v31.4s, v0.4s}, [x1], #32
    add     x2, x20, #16
    ld2     {v2.8b, v3.8b}, [x2], #16
    add     x3, x20, #32
    ld3     {v4.4s, v5.4s, v6.4s}, [x3]
    add     x4, x20, #1
    ld3     {v7.8b, v8.8b, v9.8b}, [x4], #24
    add     x5, x20, #64
    mov     x6, #8
    ld3     {v10.2d, v11.2d, v12.2d}, [x5], x6
    add     x7, x20, #128
    ld4     {v13.2d, v14.2d, v15.2d, v16.2d}, [x7]
    add     x8, x20, #2
    ld4     {v17.4h, v18.4h, v19.4h, v20.4h}, [x8], #32
    add     x9, x20, #7
    mov     x10, #-7
    ld4     {v21.16b, v22.16b, v23.16b, v24.16b}, [x9], x10
    add     x11, x20, #16
    ld2     {v25.2d, v26.2d}, [x11], #32
    add     x12, x20, #100
    ld3     {v27.2s, v28.2s, v29.2s}, [x12], #24
    REL x20, 1,2,3,4,5,7,8,9,11,12
    DUMP

    /* Group 3: LD1-LD4 (single structure): one lane, others kept */
    RELOAD
    add     x1, x20, #8
    ld4     {v30.8h, v31.8h, v0.8h, v1.8h}, [x1], #64
    add     x2, x20, #13
    ld1     {v2.b}[13], [x2], #1
    add     x3, x20, #6
    ld1     {v3.h}[6], [x3]
    add     x4, x20, #10
    ld1     {v4.h}[1], [x4], #2
    add     x5, x20, #12
    ld1     {v5.s}[3], [x5]
    add     x6, x20, #40
    mov     x7, #-40
    ld1     {v6.d}[1], [x6], x7
    add     x8, x20, #16
    ld1     {v7.d}[0], [x8], #8
    add     x9, x20, #9
    ld2     {v8.b, v9.b}[5], [x9], #2
    add     x10, x20, #48
    ld2     {v10.d, v11.d}[1], [x10], #16
    add     x11, x20, #20
    ld3     {v12.s, v13.s, v14.s}[2], [x11], #12
    add     x12, x20, #30
    mov     x13, #6
    ld3     {v15.h, v16.h, v17.h}[7], [x12], x13
    add     x14, x20, #77
    ld4     {v18.b, v19.b, v20.b, v21.b}[15], [x14], #4
    add     x15, x20, #64
    ld4     {v22.d, v23.d, v24.d, v25.d}[0], [x15]
    add     x16, x20, #160
    ld4     {v26.s, v27.s, v28.s, v29.s}[1], [x16], #16
    REL x20, 1,2,3,4,5,6,8,9,10,11,12,14,15,16
    DUMP

    /* Group 4: LD1R-LD4R */
    RELOAD
    add     x1, x20, #4
    ld2r    {v31.4s, v0.4s}, [x1], #8
    add     x2, x20, #9
    ld1r    {v1.16b}, [x2]
    add     x3, x20, #14
    ld1r    {v2.4h}, [x3], #2
    add     x4, x20, #20
    ld1r    {v3.2s}, [x4], #4
    add     x5, x20, #24
    ld1r    {v4.1d}, [x5], #8
    add     x6, x20, #32
    ld1r    {v5.2d}, [x6]
    add     x7, x20, #50
    ld2r    {v6.8h, v7.8h}, [x7], #4
    add     x8, x20, #61
    mov     x9, #3
    ld2r    {v8.8b, v9.8b}, [x8], x9
    add     x10, x20, #68
    ld3r    {v10.4s, v11.4s, v12.4s}, [x10], #12
    add     x11, x20, #72
    ld3r    {v13.1d, v14.1d, v15.1d}, [x11]
    add     x12, x20, #90
    ld4r    {v16.16b, v17.16b, v18.16b, v19.16b}, [x12], #4
    add     x13, x20, #96
    ld4r    {v20.2d, v21.2d, v22.2d, v23.2d}, [x13], #32
    add     x14, x20, #130
    ld3r    {v24.8b, v25.8b, v26.8b}, [x14], #3
    add     x15, x20, #140
    ld4r    {v27.4h, v28.4h, v29.4h, v30.4h}, [x15], #8
    REL x20, 1,2,3,4,5,6,7,8,10,11,12,13,14,15
    DUMP

    /* Group 5: stores, contiguous at dst through x1 */
    RELOAD
    mov     x1, x21
    st1     {v0.16b}, [x1], #16
    st1     {v1.8b, v2.8b}, [x1], #16
    st1     {v3.4s, v4.4s, v5.4s}, [x1], #48
    mov     x2, #64
    st1     {v30.2d, v31.2d, v0.2d, v1.2d}, [x1], x2
    st1     {v6.1d}, [x1]
    add     x1, x1, #8
    st2     {v6.8h, v7.8h}, [x1], #32
    st2     {v8.2s, v9.2s}, [x1], #16
    st3     {v10.16b, v11.16b, v12.16b}, [x1], #48
    mov     x3, #24
    st3     {v13.4h, v14.4h, v15.4h}, [x1], x3
    st4     {v16.4s, v17.4s, v18.4s, v19.4s}, [x1], #64
    st4     {v31.8b, v0.8b, v1.8b, v2.8b}, [x1], #32
    st3     {v20.2d, v21.2d, v22.2d}, [x1], #48
    st2     {v26.d, v27.d}[0], [x1], #16
    st4     {v8.s, v9.s, v10.s, v11.s}[0], [x1], #16
    mov     x4, #32
    st4     {v8.d, v9.d, v10.d, v11.d}[1], [x1], x4
    st3     {v28.s, v29.s, v30.s}[3], [x1], #12
    st2     {v26.h, v27.h}[2], [x1], #4
    st3     {v1.h, v2.h, v3.h}[2], [x1], #6
    st4     {v31.h, v0.h, v1.h, v2.h}[4], [x1], #8
    st1     {v21.h}[5], [x1], #2
    st2     {v24.b, v25.b}[9], [x1], #2
    st3     {v4.b, v5.b, v6.b}[7], [x1], #3
    st4     {v4.b, v5.b, v6.b, v7.b}[14], [x1], #4
    st1     {v20.b}[3], [x1], #1
    st1     {v23.b}[11], [x1], #1
    mov     x5, #17
    st2     {v12.8b, v13.8b}, [x1], x5
    add     x1, x1, #4
    st1     {v23.d}[1], [x1], #8
    st1     {v22.s}[1], [x1], #4
    st1     {v24.2s}, [x1]
    REL x21, 1
    DUMP

    /* Compare res and dst with expected, doubleword by doubleword. */
    ldr     x19, =res
    ldr     x20, =expected
    mov     x21, #0
1:  ldr     x1, [x19, x21, lsl #3]
    ldr     x2, [x20, x21, lsl #3]
    cmp     x1, x2
    b.eq    2f
    ldr     x0, =msg_index
    mov     x1, x21
    bl      tprintf
    ldr     x0, =msg_check
    ldr     x1, [x19, x21, lsl #3]
    ldr     x2, [x20, x21, lsl #3]
    bl      asm_check
2:  add     x21, x21, #1
    cmp     x21, #(expected_end - expected) / 8
    b.lo    1b
    MAIN_LEAVE
    .ltorg

    .section .rodata
msg_index:
    .asciz  "doubleword %lu (group = index / 80, dst from 400):\n"
msg_check:
    .asciz  "simd_ldst_struct result"
    .balign 16
src:
    .irp i, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
    .irp j, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
    .byte   (\i * 16 + \j + 1) & 0xff
    .endr
    .endr
    .balign 16
vinit:
    .irp i, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    .irp j, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
    .byte   0x80 + ((\i * 16 + \j) * 7 & 0x7f)
    .endr
    .endr
    .balign 8
expected:
    .quad   0x2827262524232221, 0x302f2e2d2c2b2a29, 0x3837363534333231, 0x403f3e3d3c3b3a39
    .quad   0x100f0e0d0c0b0a09, 0x0000000000000000, 0x1817161514131211, 0x0000000000000000
    .quad   0xf1eae3dcd5cec7c0, 0xa9a29b948d86fff8, 0x2827262524232221, 0x0000000000000000
    .quad   0x302f2e2d2c2b2a29, 0x0000000000000000, 0x3837363534333231, 0x0000000000000000
    .quad   0x201f1e1d1c1b1a19, 0x0000000000000000, 0x4847464544434241, 0x504f4e4d4c4b4a49
    .quad   0x5857565554535251, 0x605f5e5d5c5b5a59, 0x6867666564636261, 0x706f6e6d6c6b6a69
    .quad   0x7877767574737271, 0x807f7e7d7c7b7a79, 0x0b0a090807060504, 0x0000000000000000
    .quad   0x131211100f0e0d0c, 0x0000000000000000, 0x1b1a191817161514, 0x0000000000000000
    .quad   0x8887868584838281, 0x0000000000000000, 0x908f8e8d8c8b8a89, 0x0000000000000000
    .quad   0x1a19181716151413, 0x2221201f1e1d1c1b, 0xd0cfcecdcccbcac9, 0x0000000000000000
    .quad   0xd8d7d6d5d4d3d2d1, 0x0000000000000000, 0xe0dfdedddcdbdad9, 0x0000000000000000
    .quad   0xe8e7e6e5e4e3e2e1, 0x0000000000000000, 0x6867666564636261, 0x706f6e6d6c6b6a69
    .quad   0x7877767574737271, 0x807f7e7d7c7b7a79, 0x3837363534333231, 0x0000000000000000
    .quad   0x403f3e3d3c3b3a39, 0x0000000000000000, 0x4847464544434241, 0x0000000000000000
    .quad   0x0d0c0b0a09080706, 0x1514131211100f0e, 0xe1dad3ccc5beb7b0, 0x99928b84fdf6efe8
    .quad   0x0807060504030201, 0x100f0e0d0c0b0a09, 0x1817161514131211, 0x201f1e1d1c1b1a19
    .quad   0x0000000000000028, 0x0000000000000018, 0x0000000000000020, 0x0000000000000020
    .quad   0x0000000000000028, 0x0000000000000080, 0x000000000000001b, 0x0000000000000070
    .quad   0xfffffffffffffff0, 0x0000000000000022, 0x00000000000000c8, 0x0000000000000080
    .quad   0x0000000000000048, 0x0000000000000015, 0x0000000000000000, 0x0000000000000000
    .quad   0x100f0e0d08070605, 0x201f1e1d18171615, 0xa19a938c85fef7f0, 0xd9d2cbc4bdb6afa8
    .quad   0x1f1d1b1917151311, 0x0000000000000000, 0x201e1c1a18161412, 0x0000000000000000
    .quad   0x302f2e2d24232221, 0x484746453c3b3a39, 0x3433323128272625, 0x4c4b4a49403f3e3d
    .quad   0x383736352c2b2a29, 0x504f4e4d44434241, 0x1714110e0b080502, 0x0000000000000000
    .quad   0x1815120f0c090603, 0x0000000000000000, 0x191613100d0a0704, 0x0000000000000000
    .quad   0x4847464544434241, 0x605f5e5d5c5b5a59, 0x504f4e4d4c4b4a49, 0x6867666564636261
    .quad   0x5857565554535251, 0x706f6e6d6c6b6a69, 0x8887868584838281, 0xa8a7a6a5a4a3a2a1
    .quad   0x908f8e8d8c8b8a89, 0xb0afaeadacabaaa9, 0x9897969594939291, 0xb8b7b6b5b4b3b2b1
    .quad   0xa09f9e9d9c9b9a99, 0xc0bfbebdbcbbbab9, 0x1c1b14130c0b0403, 0x0000000000000000
    .quad   0x1e1d16150e0d0605, 0x0000000000000000, 0x201f1817100f0807, 0x0000000000000000
    .quad   0x22211a1912110a09, 0x0000000000000000, 0x24201c1814100c08, 0x44403c3834302c28
    .quad   0x25211d1915110d09, 0x45413d3935312d29, 0x26221e1a16120e0a, 0x46423e3a36322e2a
    .quad   0x27231f1b17130f0b, 0x47433f3b37332f2b, 0x1817161514131211, 0x2827262524232221
    .quad   0x201f1e1d1c1b1a19, 0x302f2e2d2c2b2a29, 0x7473727168676665, 0x0000000000000000
    .quad   0x787776756c6b6a69, 0x0000000000000000, 0x7c7b7a79706f6e6d, 0x0000000000000000
    .quad   0xd1cac3bcb5aea7a0, 0x8982fbf4ede6dfd8, 0x0c0b0a0904030201, 0x1c1b1a1914131211
    .quad   0x0000000000000020, 0x0000000000000020, 0x0000000000000020, 0x0000000000000019
    .quad   0x0000000000000048, 0x0000000000000008, 0x0000000000000080, 0x0000000000000022
    .quad   0x0000000000000000, 0xfffffffffffffff9, 0x0000000000000030, 0x000000000000007c
    .quad   0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000
    .quad   0x26251e1d16150e0d, 0x46453e3d36352e2d, 0x2827201f1817100f, 0x4847403f3837302f
    .quad   0x918a83fcf5eee7e0, 0xc9c20eb4ada69f98, 0x81faf3ece5ded7d0, 0xb9b208079d968f88
    .quad   0xf1eae3dc0c0bc7c0, 0xa9a29b948d86fff8, 0xe1dad3ccc5beb7b0, 0x100f0e0dfdf6efe8
    .quad   0xd1cac3bcb5aea7a0, 0x302f2e2d2c2b2a29, 0x1817161514131211, 0xf9f2ebe4ddd6cfc8
    .quad   0xb1aa0a9c958e8780, 0xe9e2dbd4cdc6bfb8, 0xa19a0b8c85fef7f0, 0xd9d2cbc4bdb6afa8
    .quad   0x918a83fcf5eee7e0, 0x3837363534333231, 0x81faf3ece5ded7d0, 0x403f3e3d3c3b3a39
    .quad   0xf1eae3dcd5cec7c0, 0xa9a29b9418171615, 0xe1dad3ccc5beb7b0, 0x99928b841c1b1a19
    .quad   0xd1cac3bcb5aea7a0, 0x8982fbf4201f1e1d, 0xc1bab3aca59e9790, 0x201febe4ddd6cfc8
    .quad   0xb1aaa39c958e8780, 0x2221dbd4cdc6bfb8, 0xa19a938c85fef7f0, 0x2423cbc4bdb6afa8
    .quad   0x918a83fcf5eee7e0, 0x4ec2bbb4ada69f98, 0x81faf3ece5ded7d0, 0x4fb2aba49d968f88
    .quad   0xf1eae3dcd5cec7c0, 0x50a29b948d86fff8, 0xe1dad3ccc5beb7b0, 0x51928b84fdf6efe8
    .quad   0x4847464544434241, 0x8982fbf4ede6dfd8, 0x504f4e4d4c4b4a49, 0xf9f2ebe4ddd6cfc8
    .quad   0x5857565554535251, 0xe9e2dbd4cdc6bfb8, 0x605f5e5d5c5b5a59, 0xd9d2cbc4bdb6afa8
    .quad   0xa4a3a2a1f5eee7e0, 0xc9c2bbb4ada69f98, 0xa8a7a6a5e5ded7d0, 0xb9b2aba49d968f88
    .quad   0xacabaaa9d5cec7c0, 0xa9a29b948d86fff8, 0xb0afaeadc5beb7b0, 0x99928b84fdf6efe8
    .quad   0x22211a1912110a09, 0x42413a3932312a29, 0x24231c1b14130c0b, 0x44433c3b34332c2b
    .quad   0x0000000000000048, 0x000000000000000e, 0x0000000000000006, 0x000000000000000c
    .quad   0x000000000000000c, 0x0000000000000000, 0xffffffffffffffd8, 0x0000000000000018
    .quad   0x000000000000000b, 0x0000000000000040, 0x0000000000000020, 0x0000000000000024
    .quad   0x0000000000000006, 0x0000000000000051, 0x0000000000000040, 0x00000000000000b0
    .quad   0x0c0b0a090c0b0a09, 0x0c0b0a090c0b0a09, 0x0a0a0a0a0a0a0a0a, 0x0a0a0a0a0a0a0a0a
    .quad   0x100f100f100f100f, 0x0000000000000000, 0x1817161518171615, 0x0000000000000000
    .quad   0x201f1e1d1c1b1a19, 0x0000000000000000, 0x2827262524232221, 0x2827262524232221
    .quad   0x3433343334333433, 0x3433343334333433, 0x3635363536353635, 0x3635363536353635
    .quad   0x3e3e3e3e3e3e3e3e, 0x0000000000000000, 0x3f3f3f3f3f3f3f3f, 0x0000000000000000
    .quad   0x4847464548474645, 0x4847464548474645, 0x4c4b4a494c4b4a49, 0x4c4b4a494c4b4a49
    .quad   0x504f4e4d504f4e4d, 0x504f4e4d504f4e4d, 0x504f4e4d4c4b4a49, 0x0000000000000000
    .quad   0x5857565554535251, 0x0000000000000000, 0x605f5e5d5c5b5a59, 0x0000000000000000
    .quad   0x5b5b5b5b5b5b5b5b, 0x5b5b5b5b5b5b5b5b, 0x5c5c5c5c5c5c5c5c, 0x5c5c5c5c5c5c5c5c
    .quad   0x5d5d5d5d5d5d5d5d, 0x5d5d5d5d5d5d5d5d, 0x5e5e5e5e5e5e5e5e, 0x5e5e5e5e5e5e5e5e
    .quad   0x6867666564636261, 0x6867666564636261, 0x706f6e6d6c6b6a69, 0x706f6e6d6c6b6a69
    .quad   0x7877767574737271, 0x7877767574737271, 0x807f7e7d7c7b7a79, 0x807f7e7d7c7b7a79
    .quad   0x8383838383838383, 0x0000000000000000, 0x8484848484848484, 0x0000000000000000
    .quad   0x8585858585858585, 0x0000000000000000, 0x8e8d8e8d8e8d8e8d, 0x0000000000000000
    .quad   0x908f908f908f908f, 0x0000000000000000, 0x9291929192919291, 0x0000000000000000
    .quad   0x9493949394939493, 0x0000000000000000, 0x0807060508070605, 0x0807060508070605
    .quad   0x000000000000000c, 0x0000000000000009, 0x0000000000000010, 0x0000000000000018
    .quad   0x0000000000000020, 0x0000000000000020, 0x0000000000000036, 0x0000000000000040
    .quad   0x0000000000000003, 0x0000000000000050, 0x0000000000000048, 0x000000000000005e
    .quad   0x0000000000000080, 0x0000000000000085, 0x0000000000000094, 0x0000000000000000
    .quad   0xb1aaa39c958e8780, 0xe9e2dbd4cdc6bfb8, 0xa19a938c85fef7f0, 0xd9d2cbc4bdb6afa8
    .quad   0x918a83fcf5eee7e0, 0xc9c2bbb4ada69f98, 0x81faf3ece5ded7d0, 0xb9b2aba49d968f88
    .quad   0xf1eae3dcd5cec7c0, 0xa9a29b948d86fff8, 0xe1dad3ccc5beb7b0, 0x99928b84fdf6efe8
    .quad   0xd1cac3bcb5aea7a0, 0x8982fbf4ede6dfd8, 0xc1bab3aca59e9790, 0xf9f2ebe4ddd6cfc8
    .quad   0xb1aaa39c958e8780, 0xe9e2dbd4cdc6bfb8, 0xa19a938c85fef7f0, 0xd9d2cbc4bdb6afa8
    .quad   0x918a83fcf5eee7e0, 0xc9c2bbb4ada69f98, 0x81faf3ece5ded7d0, 0xb9b2aba49d968f88
    .quad   0xf1eae3dcd5cec7c0, 0xa9a29b948d86fff8, 0xe1dad3ccc5beb7b0, 0x99928b84fdf6efe8
    .quad   0xd1cac3bcb5aea7a0, 0x8982fbf4ede6dfd8, 0xc1bab3aca59e9790, 0xf9f2ebe4ddd6cfc8
    .quad   0xb1aaa39c958e8780, 0xe9e2dbd4cdc6bfb8, 0xa19a938c85fef7f0, 0xd9d2cbc4bdb6afa8
    .quad   0x918a83fcf5eee7e0, 0xc9c2bbb4ada69f98, 0x81faf3ece5ded7d0, 0xb9b2aba49d968f88
    .quad   0xf1eae3dcd5cec7c0, 0xa9a29b948d86fff8, 0xe1dad3ccc5beb7b0, 0x99928b84fdf6efe8
    .quad   0xd1cac3bcb5aea7a0, 0x8982fbf4ede6dfd8, 0xc1bab3aca59e9790, 0xf9f2ebe4ddd6cfc8
    .quad   0xb1aaa39c958e8780, 0xe9e2dbd4cdc6bfb8, 0xa19a938c85fef7f0, 0xd9d2cbc4bdb6afa8
    .quad   0x918a83fcf5eee7e0, 0xc9c2bbb4ada69f98, 0x81faf3ece5ded7d0, 0xb9b2aba49d968f88
    .quad   0xf1eae3dcd5cec7c0, 0xa9a29b948d86fff8, 0xe1dad3ccc5beb7b0, 0x99928b84fdf6efe8
    .quad   0xd1cac3bcb5aea7a0, 0x8982fbf4ede6dfd8, 0xc1bab3aca59e9790, 0xf9f2ebe4ddd6cfc8
    .quad   0x000000000000022c, 0x0000000000000040, 0x0000000000000018, 0x0000000000000020
    .quad   0x0000000000000011, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000
    .quad   0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000
    .quad   0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000
    .quad   0xb1aaa39c958e8780, 0xe9e2dbd4cdc6bfb8, 0xa19a938c85fef7f0, 0x918a83fcf5eee7e0
    .quad   0x81faf3ece5ded7d0, 0xb9b2aba49d968f88, 0xf1eae3dcd5cec7c0, 0xa9a29b948d86fff8
    .quad   0xe1dad3ccc5beb7b0, 0x99928b84fdf6efe8, 0xd1cac3bcb5aea7a0, 0x8982fbf4ede6dfd8
    .quad   0xc1bab3aca59e9790, 0xf9f2ebe4ddd6cfc8, 0xb1aaa39c958e8780, 0xe9e2dbd4cdc6bfb8
    .quad   0xa19a938c85fef7f0, 0xd9d2cbc4bdb6afa8, 0xd1cac3bcb5aea7a0, 0xa59eb5ae9790a7a0
    .quad   0xc1bad1cab3acc3bc, 0xddd6ede6cfc8dfd8, 0xf9f28982ebe4fbf4, 0x85fef7f0958e8780
    .quad   0xa19a938cb1aaa39c, 0xdeeec7d7e7c0d0e0, 0x83dcecfcd5e5f5ce, 0xf18191eafa8ae3f3
    .quad   0x96a6ff8f9ff88898, 0xbb94a4b48d9dad86, 0xa9b9c9a2b2c29bab, 0xc5be9790a7a0b7b0
    .quad   0xc3bcd3cca59eb5ae, 0xc1bad1cae1dab3ac, 0x85fef7f0958e8780, 0xe5ded7d0f5eee7e0
    .quad   0xa19a938cb1aaa39c, 0x81faf3ec918a83fc, 0xbdb6afa8cdc6bfb8, 0x9d968f88ada69f98
    .quad   0xd9d2cbc4e9e2dbd4, 0xb9b2aba4c9c2bbb4, 0xe7f78797e0f08090, 0xf58595a5eefe8e9e
    .quad   0x8393a3b3fc8c9cac, 0x91a1b1c18a9aaaba, 0xf1eae3dcd5cec7c0, 0xe1dad3ccc5beb7b0
    .quad   0xd1cac3bcb5aea7a0, 0xa9a29b948d86fff8, 0x99928b84fdf6efe8, 0x8982fbf4ede6dfd8
    .quad   0x918a83fcf5eee7e0, 0x81faf3ece5ded7d0, 0x85fef7f0958e8780, 0xe5ded7d0f5eee7e0
    .quad   0xe9e2dbd4cdc6bfb8, 0xd9d2cbc4bdb6afa8, 0xc9c2bbb4ada69f98, 0xb9b2aba49d968f88
    .quad   0x99928b84a9a29b94, 0xf3ec83fc8982fbf4, 0xcfc8f3ec83fc938c, 0xfdf69f98afa8bfb8
    .quad   0x8292a2d1e1f1afbf, 0xceb7c7b0c0ddd5f2, 0xead3e3ccdcc5d5be, 0x0000000000e1f1da
    .quad   0xf9f2ebe4ddd6cfc8, 0x958e8780d1cac3bc, 0x00000000b1aaa39c, 0x0000000000000000
    .quad   0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000
    .quad   0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000
    .quad   0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000
    .quad   0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000
    .quad   0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000
    .quad   0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000
    .quad   0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000
    .quad   0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000
    .quad   0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000
    .quad   0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000
    .quad   0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000
    .quad   0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000
    .quad   0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000
    .quad   0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000
expected_end:

    .bss
    .balign 16
res:
    .space  5 * (512 + 128)
dst:
    .space  1024
