/* Macros for tests written in assembly (include after sysreg.h). */
#ifndef TRAPEZE_ARCH_ASM_H
#define TRAPEZE_ARCH_ASM_H
#include "sysreg.h"

#define NZCV_N 0x80000000
#define NZCV_Z 0x40000000
#define NZCV_C 0x20000000
#define NZCV_V 0x10000000

/* ACHECK desc, reg, expected: asm_check("desc", reg, expected). Clobbers x0-x18, x30. */
.macro ACHECK desc, reg, exp
    mov     x1, \reg
    ldr     x2, =\exp
    .pushsection .rodata.str, "aMS", %progbits, 1
9:  .asciz  "\desc"
    .popsection
    adr     x0, 9b
    bl      asm_check
.endm

/* Prologue/epilogue for an assembly main(): saves x19-x28, x29, x30 */
.macro MAIN_ENTER
    .global main
    .type main, %function
main:
    stp     x29, x30, [sp, #-96]!
    stp     x19, x20, [sp, #16]
    stp     x21, x22, [sp, #32]
    stp     x23, x24, [sp, #48]
    stp     x25, x26, [sp, #64]
    stp     x27, x28, [sp, #80]
    mov     x29, sp
.endm

.macro MAIN_LEAVE
    bl      test_done
    ldp     x19, x20, [sp, #16]
    ldp     x21, x22, [sp, #32]
    ldp     x23, x24, [sp, #48]
    ldp     x25, x26, [sp, #64]
    ldp     x27, x28, [sp, #80]
    ldp     x29, x30, [sp], #96
    ret
.endm
#endif
