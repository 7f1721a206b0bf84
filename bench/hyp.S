/* Shared EL2 vectors and the drop to EL1 for the hvc, mmio and pagewalk benchmarks.
   The synchronous exception from lower-EL AArch64 goes to el2_sync_lower, which each
   benchmark defines; every other vector reports and powers off. */
    .text
    .balign 2048
    .global el2_vectors
el2_vectors:
    .irp n, 0, 1, 2, 3, 4, 5, 6, 7
    .balign 128
    mov     x0, #(\n * 0x80)
    b       el2_bad_vector
    .endr
    .balign 128
    b       el2_sync_lower                  /* 0x400: lower EL, AArch64, synchronous */
    .irp n, 9, 10, 11, 12, 13, 14, 15
    .balign 128
    mov     x0, #(\n * 0x80)
    b       el2_bad_vector
    .endr

    .global el2_bad_lower
el2_bad_lower:
    mov     x0, #0x400
el2_bad_vector:
    ldr     x1, =el2_stack_top
    mov     sp, x1
    mrs     x1, esr_el2
    mrs     x2, elr_el2
    mrs     x3, far_el2
    bl      el2_bad

/* el2_exit: x0 = checksum; back on the EL2 stack, print it and power off. */
    .global el2_exit
el2_exit:
    ldr     x1, =el2_stack_top
    mov     sp, x1
    bl      finish

/* enter_el1(entry, x0, x1, x2): ERET to EL1h at entry with DAIF masked, its own stack. */
    .global enter_el1
enter_el1:
    ldr     x4, =el2_vectors
    msr     vbar_el2, x4
    ldr     x4, =el1_stack_top
    msr     sp_el1, x4
    mov     x4, #0x3c5
    msr     spsr_el2, x4
    msr     elr_el2, x0
    mov     x0, x1
    mov     x1, x2
    mov     x2, x3
    isb
    eret

    .bss
    .balign 16
    .space  16384
el1_stack_top:
    .balign 16
    .space  16384
el2_stack_top:
