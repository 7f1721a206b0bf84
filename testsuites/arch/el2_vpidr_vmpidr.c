/* VPIDR_EL2 / VMPIDR_EL2 (D19.2.x): an EL1 read of MIDR_EL1 returns VPIDR_EL2 and of
 * MPIDR_EL1 returns VMPIDR_EL2, with no trap (MIDR_EL1/MPIDR_EL1 are in no HCR_EL2 ID
 * group: TID0-TID3 and TACR set together change nothing), and the value follows each
 * new write by EL2. EL2 reads the physical MIDR_EL1/MPIDR_EL1. VMPIDR_EL2 holds Aff3
 * [39:32], U [30] and MT [24] too. VPIDR_EL2 at EL1 is UNDEFINED (EC 0x00 to EL1). */
#include "el2.h"

PROBE_MRS(midr, t_midr, midr_el1)
PROBE_MRS(mpidr, t_mpidr, mpidr_el1)
PROBE_MRS(vpidr, t_vpidr, vpidr_el2)

int main(void)
{
    uint64_t hcr = read_sysreg(hcr_el2);
    uint64_t midr_v = read_sysreg(midr_el1), mpidr_v = read_sysreg(mpidr_el1);
    uint64_t vpidr_old = read_sysreg(vpidr_el2), vmpidr_old = read_sysreg(vmpidr_el2);

    hcr_write(hcr | HCR_TID0 | HCR_TID1 | HCR_TID2 | HCR_TID3 | HCR_TACR);
    static const uint64_t vp[] = { 0x410fd034, 0x5112a0f7 };
    static const uint64_t vmp[] = { 0x80000102, 0x0000002ac1030405ULL };
    for (int i = 0; i < 2; i++) {
        write_sysreg(vpidr_el2, vp[i]);
        write_sysreg(vmpidr_el2, vmp[i]);
        isb();
        exc_expect();
        CHECK_EQM("MIDR_EL1 at EL1 = VPIDR_EL2", run_at_el1(midr, 0), vp[i]);
        CHECK_EQM("MPIDR_EL1 at EL1 = VMPIDR_EL2", run_at_el1(mpidr, 0), vmp[i]);
        CHECK_EQM("no trap", exc_last.taken, 0);
        CHECK_EQM("MIDR_EL1 at EL2 (physical)", read_sysreg(midr_el1), midr_v);
        CHECK_EQM("MPIDR_EL1 at EL2 (physical)", read_sysreg(mpidr_el1), mpidr_v);
        CHECK_EQM("VPIDR_EL2 read back", read_sysreg(vpidr_el2), vp[i]);
        CHECK_EQM("VMPIDR_EL2 read back", read_sysreg(vmpidr_el2), vmp[i]);
    }
    hcr_write(hcr);

    exc_expect();
    CHECK_EQM("Xt unchanged", run_at_el1(vpidr, 0x99), 0x99);
    CHECK_EXC(1, EC_UNKNOWN, 0, t_vpidr);

    write_sysreg(vpidr_el2, vpidr_old);
    write_sysreg(vmpidr_el2, vmpidr_old);
    isb();
    return test_done();
}
