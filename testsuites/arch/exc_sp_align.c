/* SP alignment fault (EC 0x26; AArch64.SPAlignmentFault): a load/store using SP as the
 * base when SP is not 16-byte aligned faults if SCTLR_EL2.SA (at EL2) or
 * SCTLR_EL1.SA0 (at EL0) is 1; ISS = 0, ELR = the instruction. With the check off the
 * same access works. The EL2 case runs at EL2t (SP = SP_EL0), so the handler has an
 * aligned SP_EL2 (vector +0x000). Arithmetic on SP never faults.
 *
 * QEMU-DEVIATION: QEMU 7.2 does not implement the SP alignment check at all
 * (target/arm/translate-a64.c gen_check_sp_alignment() is an empty hook "for the sake
 * of guest program performance"), so the faulting cases fail there. */
#include "test.h"

extern char sp_fault_el2[], sp_fault_el0[];
uint64_t el0_sp_misaligned(uint64_t arg);
asm(".text\n"
    ".global el0_sp_misaligned\n"
    "el0_sp_misaligned:\n"
    "    mov x9, sp\n"
    "    sub x10, x9, #8\n"
    "    mov sp, x10\n"
    "    add sp, sp, #4\n"          /* arithmetic on a misaligned SP: no fault */
    "    sub sp, sp, #4\n"
    "    mov x0, #0x66\n"
    "sp_fault_el0:\n"
    "    ldr x0, [sp]\n"
    "    mov sp, x9\n"
    "    ret\n");

static uint64_t el2t_access(void)
{
    uint64_t v;
    asm volatile("msr spsel, #0\n\t"
                 "mov x9, sp\n\t"
                 "sub x10, x9, #8\n\t"
                 "mov sp, x10\n\t"
                 "mov x11, #0x77\n"
                 "sp_fault_el2: ldr x11, [sp]\n\t"
                 "mov sp, x9\n\t"
                 "msr spsel, #1\n\t"
                 "mov %0, x11" : "=r"(v) :: "x9", "x10", "x11", "memory");
    return v;
}

static uint64_t stack0[64] __attribute__((aligned(16)));

int main(void)
{
    uint64_t sctlr2 = read_sysreg(sctlr_el2), sctlr1 = read_sysreg(sctlr_el1);
    stack0[61] = 0x1234;           /* what [sp] reads with SP = top - 24 */
    write_sysreg(sp_el0, (uint64_t)&stack0[64] - 16);

    /* SA = 0: no fault, the load reads memory */
    exc_expect();
    CHECK_EQM("load through misaligned SP with SA = 0", el2t_access(), 0x1234);
    CHECK_EQM("no exception with SA = 0", exc_last.taken, 0);
    exc_disarm();

    write_sysreg(sctlr_el2, sctlr2 | SCTLR_SA);
    isb();
    exc_expect();
    CHECK_EQM("Xt unchanged", el2t_access(), 0x77);
    write_sysreg(sctlr_el2, sctlr2);
    isb();
    CHECK_EXC(2, EC_SP_ALIGN, 0, sp_fault_el2);
    CHECK_EQ(exc_last.vec, VEC_CUR_SP0 + VEC_SYNC);
    CHECK_EQM("SPSR_EL2.M = EL2t", exc_last.spsr & PSR_M_MASK, PSR_M_EL2t);

    write_sysreg(sctlr_el1, sctlr1 & ~SCTLR_SA0);
    isb();
    exc_expect();
    run_at_el0(el0_sp_misaligned, 0);
    CHECK_EQM("no exception at EL0 with SA0 = 0", exc_last.taken, 0);
    exc_disarm();

    write_sysreg(sctlr_el1, sctlr1 | SCTLR_SA0);
    isb();
    exc_expect();
    CHECK_EQM("Xt unchanged", run_at_el0(el0_sp_misaligned, 0), 0x66);
    CHECK_EXC(1, EC_SP_ALIGN, 0, sp_fault_el0);
    CHECK_EQ(exc_last.vec, VEC_LOWER_A64 + VEC_SYNC);
    CHECK_EQM("SP_EL0 at the fault", exc_last.sp_el0, (uint64_t)__stack_el0_top - 8);
    write_sysreg(sctlr_el1, sctlr1);
    isb();
    return test_done();
}
