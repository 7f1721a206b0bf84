/* Identification registers: MIDR_EL1.Architecture = 0xF (ID registers describe the
 * features), MPIDR_EL1 bit 31 RES1 and Aff0 = 0 on CPU 0; at EL1 MIDR_EL1/MPIDR_EL1
 * read VPIDR_EL2/VMPIDR_EL2 (D19.2.x VPIDR_EL2); ID_AA64PFR0_EL1 says AArch64 EL0/EL1,
 * EL2 present and no EL3; ID_AA64ISAR0_EL1 has LSE atomics and CRC32 (which the tests
 * use). ID registers at EL0 (no HCR_EL2.TID3): UNDEFINED, or trapped with EC 0x18 to
 * EL1 when FEAT_IDST is implemented (ID_AA64MMFR2_EL1.IDS = 1). */
#include "test.h"

extern char el0_mrs_isar0[];
static uint64_t at_el1_midr(uint64_t arg) { return read_sysreg(midr_el1); }
static uint64_t at_el1_mpidr(uint64_t arg) { return read_sysreg(mpidr_el1); }
static uint64_t at_el0_isar0(uint64_t arg)
{
    uint64_t v;
    asm volatile("mov x5, #0x99\n"
                 "el0_mrs_isar0: mrs x5, id_aa64isar0_el1\n\t"
                 "mov %0, x5" : "=r"(v) :: "x5");
    return v;
}

int main(void)
{
    uint64_t midr = read_sysreg(midr_el1);
    CHECK_EQM("MIDR_EL1.Architecture", (midr >> 16) & 0xf, 0xf);
    CHECK_EQM("MIDR_EL1[63:32] RES0", midr >> 32, 0);
    uint64_t mpidr = read_sysreg(mpidr_el1);
    CHECK_EQM("MPIDR_EL1 bit 31 (RES1)", (mpidr >> 31) & 1, 1);
    CHECK_EQM("MPIDR_EL1.Aff0 of the boot CPU", mpidr & 0xff, 0);

    write_sysreg(vpidr_el2, 0x410fd034);
    write_sysreg(vmpidr_el2, 0x80000102);
    isb();
    CHECK_EQM("MIDR_EL1 at EL1 = VPIDR_EL2", run_at_el1(at_el1_midr, 0), 0x410fd034);
    CHECK_EQM("MPIDR_EL1 at EL1 = VMPIDR_EL2", run_at_el1(at_el1_mpidr, 0), 0x80000102);
    CHECK_EQM("MIDR_EL1 at EL2 unchanged", read_sysreg(midr_el1), midr);
    write_sysreg(vpidr_el2, midr);
    write_sysreg(vmpidr_el2, mpidr);

    uint64_t pfr0 = read_sysreg(id_aa64pfr0_el1);
    CHECKM("ID_AA64PFR0_EL1.EL0 is 1 or 2", ((pfr0 >> 0) & 0xf) == 1 || ((pfr0 >> 0) & 0xf) == 2);
    CHECKM("ID_AA64PFR0_EL1.EL1 is 1 or 2", ((pfr0 >> 4) & 0xf) == 1 || ((pfr0 >> 4) & 0xf) == 2);
    CHECKM("ID_AA64PFR0_EL1.EL2 is 1 or 2", ((pfr0 >> 8) & 0xf) == 1 || ((pfr0 >> 8) & 0xf) == 2);
    CHECK_EQM("ID_AA64PFR0_EL1.EL3 (no EL3)", (pfr0 >> 12) & 0xf, 0);
    uint64_t isar0 = read_sysreg(id_aa64isar0_el1);
    CHECK_EQM("ID_AA64ISAR0_EL1.Atomic (LSE)", (isar0 >> 20) & 0xf, 2);
    CHECK_EQM("ID_AA64ISAR0_EL1.CRC32", (isar0 >> 16) & 0xf, 1);
    uint64_t mmfr1 = read_sysreg(id_aa64mmfr1_el1);
    CHECKM("ID_AA64MMFR1_EL1.PAN >= 1", ((mmfr1 >> 20) & 0xf) >= 1);
    uint64_t mmfr0 = read_sysreg(id_aa64mmfr0_el1);
    CHECKM("ID_AA64MMFR0_EL1.PARange <= 6", (mmfr0 & 0xf) <= 6);

    uint64_t ids = (read_sysreg(id_aa64mmfr2_el1) >> 36) & 0xf;
    exc_expect();
    CHECK_EQM("Xt unchanged by the trapped MRS", run_at_el0(at_el0_isar0, 0), 0x99);
    if (ids)
        CHECK_EXC(1, EC_SYS64, ISS_SYS(3, 0, 0, 6, 0, 5, 1), el0_mrs_isar0);
    else
        CHECK_EXC(1, EC_UNKNOWN, 0, el0_mrs_isar0);
    return test_done();
}
