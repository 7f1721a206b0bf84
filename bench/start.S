/* Entry at EL2: a stack, the benchmark, then PSCI SYSTEM_OFF over SMC. */
    .section .text.start
    .global _start
_start:
    ldr     x0, =stack_top
    mov     sp, x0
    bl      bench_main
    ldr     x0, =0x84000008
    smc     #0
1:  b       1b

    .bss
    .balign 16
    .space  16384
stack_top:
