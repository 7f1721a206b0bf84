/* hvc: EL1 (MMU off, stage 2 off) does HVC #0 ITERATIONS times; the EL2 handler is a
   hypervisor fast path: read ESR_EL2, check EC = 0x16 (HVC64) and imm16 = 0, fold the
   argument into the result register, ERET. HVC #1 ends the run; the checksum is x0. */
#include "hyp.h"

#ifndef ITERATIONS
#define ITERATIONS 1000000
#endif

__asm__(
    EL2_HVC_ENTRY
    "    eor     x0, x1, x0, ror #13\n"    /* the hypercall's work */
    "    eret\n"
    /* EL1: x0 = number of round trips */
    "el1_hvc_loop:\n"
    "    mov     x2, x0\n"
    "    mov     x0, #1\n"
    "1:  mov     x1, x2\n"
    "    hvc     #0\n"
    "    subs    x2, x2, #1\n"
    "    b.ne    1b\n"
    "    hvc     #1\n"
    "    b       .\n");

extern void el1_hvc_loop(void);

void bench_main(void)
{
    write_sysreg(hcr_el2, HCR_RW);
    write_sysreg(sctlr_el1, SCTLR_EL1_RES1);
    __asm__ volatile("isb");
    enter_el1(el1_hvc_loop, ITERATIONS, 0, 0);
}
