/* ADD/ADDS/SUB/SUBS (immediate), CMP/CMN, 32- and 64-bit, with NZCV at the edges
 * (C6.2.4 ADD (immediate), C6.2.8 ADDS, C6.2.356 SUBS; AddWithCarry in J1):
 * carry out of bit 31/63, signed overflow, zero, negative, LSL #12, the SP forms,
 * W results zero-extended, non-S forms leave NZCV alone. */
#include "asm.h"

/* TF desc, insn, a, result, nzcv, preset-nzcv: x1 = a, x0 = ~0, NZCV = preset; run
 * insn; check x0 and NZCV. */
.macro TF desc, insn, a, res, nzcv, pre=0
    ldr     x1, =\a
    mov     x0, #-1
    ldr     x9, =\pre
    msr     nzcv, x9
    \insn
    mrs     x19, nzcv
    mov     x20, x0
    ACHECK  "\desc: result", x20, \res
    ACHECK  "\desc: NZCV", x19, \nzcv
.endm

    .text
    MAIN_ENTER
    /* 32-bit ADDS */
    TF "adds w 0x7fffffff+1 (overflow)", "adds w0, w1, #1", 0x7fffffff, 0x80000000, NZCV_N|NZCV_V
    TF "adds w 0xffffffff+1 (carry, zero)", "adds w0, w1, #1", 0xffffffff, 0, NZCV_Z|NZCV_C
    TF "adds w 0+0 (zero)", "adds w0, w1, #0", 0, 0, NZCV_Z
    TF "adds w lsl12", "adds w0, w1, #0xfff, lsl #12", 0xfff01000, 0x00f00000, NZCV_C
    TF "adds w ignores x1[63:32]", "adds w0, w1, #1", 0xffffffff00000005, 6, 0
    TF "adds w 0x80000000+0x80000000 via cmn", "cmn w1, #0", 0x80000000, -1, NZCV_N
    /* 64-bit ADDS */
    TF "adds x max+1 (overflow)", "adds x0, x1, #1", 0x7fffffffffffffff, 0x8000000000000000, NZCV_N|NZCV_V
    TF "adds x -1+1 (carry, zero)", "adds x0, x1, #1", 0xffffffffffffffff, 0, NZCV_Z|NZCV_C
    TF "adds x 0xfff..f001+4095", "adds x0, x1, #4095", 0xfffffffffffff001, 0, NZCV_Z|NZCV_C
    TF "adds x lsl12 no carry", "adds x0, x1, #0x800, lsl #12", 0x7fffffffff000000, 0x7fffffffff800000, 0
    TF "adds x lsl12 overflow", "adds x0, x1, #0x800, lsl #12", 0x7ffffffffff00000, 0x8000000000700000, NZCV_N|NZCV_V
    TF "adds x negative no carry", "adds x0, x1, #2", 0x8000000000000000, 0x8000000000000002, NZCV_N
    /* 32-bit SUBS: C is NOT borrow */
    TF "subs w 0-1 (borrow)", "subs w0, w1, #1", 0, 0xffffffff, NZCV_N
    TF "subs w 0x80000000-1 (overflow)", "subs w0, w1, #1", 0x80000000, 0x7fffffff, NZCV_C|NZCV_V
    TF "subs w 5-5 (zero)", "subs w0, w1, #5", 5, 0, NZCV_Z|NZCV_C
    TF "subs w 0x80000000-0", "subs w0, w1, #0", 0x80000000, 0x80000000, NZCV_N|NZCV_C
    TF "subs w lsl12", "subs w0, w1, #0x1, lsl #12", 0x00000fff, 0xffffffff, NZCV_N
    /* 64-bit SUBS */
    TF "subs x min-1 (overflow)", "subs x0, x1, #1", 0x8000000000000000, 0x7fffffffffffffff, NZCV_C|NZCV_V
    TF "subs x 1-2 (borrow)", "subs x0, x1, #2", 1, 0xffffffffffffffff, NZCV_N
    TF "subs x lsl12 zero", "subs x0, x1, #0xfff, lsl #12", 0xfff000, 0, NZCV_Z|NZCV_C
    TF "subs x 0-0", "subs x0, x1, #0", 0, 0, NZCV_Z|NZCV_C
    /* CMP/CMN write XZR: x0 untouched */
    TF "cmp x 0,#0", "cmp x1, #0", 0, 0xffffffffffffffff, NZCV_Z|NZCV_C
    TF "cmp w 3,#4", "cmp w1, #4", 3, 0xffffffffffffffff, NZCV_N
    TF "cmn w -1,#1", "cmn w1, #1", 0xffffffff, 0xffffffffffffffff, NZCV_Z|NZCV_C
    TF "cmn x max,#1", "cmn x1, #1", 0x7fffffffffffffff, 0xffffffffffffffff, NZCV_N|NZCV_V
    /* non-flag-setting forms leave NZCV unchanged */
    TF "add w wraps, flags kept", "add w0, w1, #1", 0xffffffff, 0, 0xf0000000, 0xf0000000
    TF "sub x lsl12, flags kept", "sub x0, x1, #0x10, lsl #12", 0, 0xffffffffffff0000, 0x50000000, 0x50000000
    TF "add x flags kept clear", "add x0, x1, #0xabc", 0x1000, 0x1abc, 0, 0

    /* SP forms: Rn = SP for ADD/ADDS/SUB/SUBS/CMP, Rd = SP for ADD/SUB */
    mov     x21, sp
    add     x0, sp, #0x20
    sub     x22, x0, x21
    ACHECK  "add x0, sp, #0x20", x22, 0x20
    sub     sp, sp, #0x100
    mov     x0, sp
    add     sp, sp, #0x100
    sub     x22, x21, x0
    ACHECK  "sub sp, sp, #0x100", x22, 0x100
    mov     x1, sp
    add     sp, x1, #0x10, lsl #12
    mov     x0, sp
    mov     sp, x1
    sub     x22, x0, x21
    ACHECK  "add sp, x1, #0x10, lsl #12", x22, 0x10000
    msr     nzcv, xzr
    adds    x0, sp, #1
    mrs     x19, nzcv
    sub     x22, x0, x21
    ACHECK  "adds x0, sp, #1: result", x22, 1
    ACHECK  "adds x0, sp, #1: NZCV", x19, 0
    cmp     sp, #0
    mrs     x19, nzcv
    ACHECK  "cmp sp, #0: NZCV", x19, NZCV_C
    mov     x22, sp
    sub     x22, x22, x21
    ACHECK  "sp restored", x22, 0
    MAIN_LEAVE
    .ltorg
