/* The GICv3 virtual CPU interface: the ICH_ registers of EL2 and the ICV_
   view EL1 has of the ICC_ registers when HCR_EL2.IMO/FMO route interrupts
   to EL2 (IHI 0069 chapter 6 "Virtual interrupt handling"). */
#include "gic/gic_internal.h"
#include "sim/log.h"
#include "sysregs/sysregs.h"

static bool icc_group0_reg(unsigned id)
{
    return id == SR_ICC_IAR0_EL1 || id == SR_ICC_EOIR0_EL1 || id == SR_ICC_HPPIR0_EL1 ||
           id == SR_ICC_BPR0_EL1 || id == SR_ICC_IGRPEN0_EL1 ||
           (id >= SR_ICC_AP0R0_EL1 && id <= SR_ICC_AP0R3_EL1);
}

static bool icc_group1_reg(unsigned id)
{
    return id == SR_ICC_IAR1_EL1 || id == SR_ICC_EOIR1_EL1 || id == SR_ICC_HPPIR1_EL1 ||
           id == SR_ICC_BPR1_EL1 || id == SR_ICC_IGRPEN1_EL1 ||
           (id >= SR_ICC_AP1R0_EL1 && id <= SR_ICC_AP1R3_EL1);
}

bool gic_icv_selected(const CPUState *cpu, const SysregInfo *ri)
{
    if (cpu->el != 1 || !EL2Enabled(cpu))
        return false;
    uint64_t hcr = HCR_EL2(cpu);
    if (FIELD_EX64(hcr, HCR, TGE))
        return false;
    bool fmo = FIELD_EX64(hcr, HCR, FMO), imo = FIELD_EX64(hcr, HCR, IMO);
    if (icc_group0_reg(ri->id))
        return fmo;
    if (icc_group1_reg(ri->id))
        return imo;
    switch (ri->id) {
    case SR_ICC_PMR_EL1: case SR_ICC_RPR_EL1: case SR_ICC_CTLR_EL1: case SR_ICC_DIR_EL1:
        return fmo || imo;
    default:
        return false;   /* SGI registers trap instead; SRE is not virtualized */
    }
}

/* Not yet implemented: the list registers and the ICV_ behaviour. Until
   then the virtual interface has no interrupts: IAR reads 1023. */
uint64_t icv_sr_read(CPUState *cpu, const SysregInfo *ri)
{
    (void)cpu;
    if (log_enabled(LOG_UNIMP))
        log_printf("GIC: ICV view of %s not implemented\n", ri->name);
    return GIC_INTID_SPURIOUS;
}

void icv_sr_write(CPUState *cpu, const SysregInfo *ri, uint64_t v)
{
    (void)cpu, (void)v;
    if (log_enabled(LOG_UNIMP))
        log_printf("GIC: ICV view of %s not implemented\n", ri->name);
}
