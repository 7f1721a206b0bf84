/* The SGI registers under a hypervisor (IHI 0069 12.2, ICC_SGI1R_EL1 / ICC_SGI0R_EL1
 * access pseudocode): at EL1 with HCR_EL2.IMO = 1 or FMO = 1 a write to
 * ICC_SGI1R_EL1, ICC_ASGI1R_EL1 or ICC_SGI0R_EL1 traps to EL2 with EC 0x18 and the
 * MSR's syndrome, and no SGI is sent. Without IMO/FMO the EL1 write sends the SGI. */
#include "gic.h"

static uint64_t el1_sgi1r(uint64_t v)
{
    register uint64_t x5 asm("x5") = v;
    asm volatile("msr icc_sgi1r_el1, x5\n\tisb" :: "r"(x5) : "memory");
    return 0;
}

static uint64_t el1_asgi1r(uint64_t v)
{
    register uint64_t x6 asm("x6") = v;
    asm volatile("msr icc_asgi1r_el1, x6\n\tisb" :: "r"(x6) : "memory");
    return 0;
}

static uint64_t el1_sgi0r(uint64_t v)
{
    register uint64_t x7 asm("x7") = v;
    asm volatile("msr icc_sgi0r_el1, x7\n\tisb" :: "r"(x7) : "memory");
    return 0;
}

/* ISS of a trapped MSR (D19.2.40, EC 0x18): Op0, Op2, Op1, CRn, Rt, CRm, write. */
static uint64_t msr_iss(unsigned op2, unsigned crm, unsigned rt)
{
    return (3u << 20) | (op2 << 17) | (0u << 14) | (12u << 10) | (rt << 5) | (crm << 1);
}

int main(void)
{
    uint64_t rd = gic_test_setup(0);
    uint64_t hcr = read_sysreg(hcr_el2) & ~(HCR_IMO | HCR_FMO | HCR_TGE);
    uint64_t self = 1u << (read_sysreg(mpidr_el1) & 0xf);
    gic_private_irq(rd, 12, 0x80, 1);
    gic_private_irq(rd, 13, 0x80, 0);

    write_sysreg(hcr_el2, hcr | HCR_IMO);
    isb();
    exc_expect();
    run_at_el1(el1_sgi1r, SGIR(12, self));
    CHECK_EQM("SGI1R traps", exc_last.taken, 1);
    CHECK_EQM("to EL2", exc_last.el, 2);
    CHECK_EQM("EC 0x18", ESR_EC(exc_last.esr), 0x18);
    CHECK_EQM("ISS", ESR_ISS(exc_last.esr), msr_iss(5, 11, 5));
    exc_disarm();
    CHECK_EQM("trapped: no SGI", mmio_r32(rd + GICR_ISPENDR0) & (1u << 12), 0);
    exc_expect();
    run_at_el1(el1_asgi1r, SGIR(13, self));
    CHECK_EQM("ASGI1R traps too", exc_last.taken, 1);
    CHECK_EQM("EC 0x18", ESR_EC(exc_last.esr), 0x18);
    CHECK_EQM("ISS", ESR_ISS(exc_last.esr), msr_iss(6, 11, 6));
    exc_disarm();
    exc_expect();
    run_at_el1(el1_sgi0r, SGIR(13, self));
    CHECK_EQM("IMO: SGI0R traps too", exc_last.taken, 1);
    exc_disarm();
    CHECK_EQM("no Group 0 SGI", mmio_r32(rd + GICR_ISPENDR0) & (1u << 13), 0);

    write_sysreg(hcr_el2, hcr | HCR_FMO);
    isb();
    exc_expect();
    run_at_el1(el1_sgi0r, SGIR(13, self));
    CHECK_EQM("FMO: SGI0R traps", exc_last.taken, 1);
    CHECK_EQM("ISS", ESR_ISS(exc_last.esr), msr_iss(7, 11, 7));
    exc_disarm();
    exc_expect();
    run_at_el1(el1_sgi1r, SGIR(12, self));
    CHECK_EQM("FMO: SGI1R traps", exc_last.taken, 1);
    exc_disarm();

    write_sysreg(hcr_el2, hcr);
    isb();
    exc_expect();
    run_at_el1(el1_sgi1r, SGIR(12, self));
    CHECK_EQM("no IMO: no trap", exc_last.taken, 0);
    exc_disarm();
    CHECK_EQM("the SGI was sent", mmio_r32(rd + GICR_ISPENDR0) & (1u << 12), 1u << 12);
    return test_done();
}
