/* EL2 entry: FP/SIMD are usable at EL2 with CPTR_EL2.TFP = 0 (its reset
   value here), a stack, the program, PSCI SYSTEM_OFF. */
    .section .text.start
    .global _start
_start:
    ldr     x0, =0x33ff
    msr     cptr_el2, x0
    isb
    ldr     x0, =stack_top
    mov     sp, x0
    bl      fp_main
    ldr     x0, =0x84000008
    smc     #0
1:  b       1b
    .bss
    .balign 16
    .space  65536
stack_top:
