/* Entry of a secondary PE after PSCI CPU_ON (smp.h): x0 = context ID. */
    .text
    .global smp_secondary_entry
smp_secondary_entry:
    msr     daifset, #0xf
    msr     spsel, #1
    mov     x19, x0
    mrs     x1, mpidr_el1
    and     x1, x1, #0xff
    add     x1, x1, #1
    ldr     x2, =smp_stacks
    lsl     x1, x1, #13             /* 8 KiB each: the top of this PE's stack */
    add     x2, x2, x1
    mov     sp, x2
    bl      el2_cpu_init
    mov     x0, x19
    bl      smp_secondary_main
    b       .
    .ltorg
