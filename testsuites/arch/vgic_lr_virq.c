/* A list register makes a virtual interrupt (IHI 0069 6.1, 12.4.x ICH_LR<n>_EL2):
 * EL2 writes LR0 pending, Group 1, priority 0xa0, vINTID 42, with ICH_HCR_EL2.En,
 * ICH_VMCR_EL2.VENG1 and HCR_EL2.IMO. EL1 unmasks PSTATE.I and takes a vIRQ at
 * VBAR_EL1 + 0x280 (the handler returns with I set); it reads ICC_IAR1_EL1 (the
 * ICV_IAR1_EL1 view) = 42 and writes it to ICC_EOIR1_EL1. Back at EL2, LR0 is
 * invalid (State 0) and ICH_ELRSR_EL2 has bit 0. */
#include "vgic_lib.h"

enum { VINTID = 42 };

static uint64_t guest(uint64_t a)
{
    (void)a;
    asm volatile("msr daifclr, #2\n\tisb\n\tnop\n\tnop" ::: "memory");
    uint64_t id = icv_iar1();
    icv_eoir1(id);
    return id;
}

int main(void)
{
    write_sysreg(ICH_LR0_EL2, LR_G1(0xa0, VINTID));
    vgic_on(0, 0);
    exc_expect();
    uint64_t id = run_at_el1(guest, 0);
    CHECK_EQM("vIRQ taken", exc_last.taken, 1);
    CHECK_EQM("to EL1", exc_last.el, 1);
    CHECK_EQM("IRQ vector, current EL with SP_ELx", exc_last.vec, VEC_CUR_SPX + VEC_IRQ);
    CHECK_EQM("ICV_IAR1_EL1 = vINTID", id, VINTID);
    CHECK_EQM("LR0 invalid after the EOI", LR_STATE(read_sysreg(ICH_LR0_EL2)), LR_STATE_INVALID);
    CHECK_EQM("ICH_ELRSR_EL2 bit 0", read_sysreg(ICH_ELRSR_EL2) & 1, 1);
    vgic_off();
    return test_done();
}
