/* TLBI and AT: their encodings decode and obey their access rules.
 *   TLBI VMALLE1 at EL1 runs; with HCR_EL2.TTLB it traps to EL2 (EC 0x18,
 *     ISS Op0=1 Op1=0 CRn=8 CRm=7 Op2=0, direction 0), ELR at the TLBI;
 *   TLBI ALLE2 and AT S1E2R at EL1 are UNDEFINED (EL2 operations);
 *   AT S1E1R at EL0 is UNDEFINED.
 *   AT with stage 1 off (D19.2.97 PAR_EL1): a RAM address translates flat,
 *     PAR_EL1.F = 0, PA = the address, ATTR = Device-nGnRnE (0x00) for data
 *     with SCTLR.M = 0, bit 11 RES1; an address beyond PAMax (48 bits on
 *     -cpu max) gives F = 1 with FST = address size fault, level 0 (2^55: beyond any PAMax, below the top byte). */
#include "test.h"

#define HCR_TTLB BIT(25)

extern char t_tlbi[], t_alle2[], t_ats1e2r[], t_at_el0[];

static uint64_t el1_tlbi(uint64_t a)
{
    asm volatile("t_tlbi: tlbi vmalle1\n\tdsb nsh" ::: "memory");
    return 7;
}
static uint64_t el1_alle2(uint64_t a)
{
    asm volatile("t_alle2: tlbi alle2" ::: "memory");
    return 8;
}
static uint64_t el1_ats1e2r(uint64_t a)
{
    asm volatile("t_ats1e2r: at s1e2r, %0" :: "r"(a) : "memory");
    return 9;
}
static uint64_t el0_at(uint64_t a)
{
    asm volatile("t_at_el0: at s1e1r, %0" :: "r"(a) : "memory");
    return 10;
}
static uint64_t el1_at(uint64_t a)
{
    asm volatile("at s1e1r, %0\n\tisb" :: "r"(a) : "memory");
    return read_sysreg(par_el1);
}

static uint64_t target[2] __attribute__((aligned(16)));

int main(void)
{
    uint64_t hcr = read_sysreg(hcr_el2);

    CHECK_EQM("TLBI VMALLE1 at EL1", run_at_el1(el1_tlbi, 0), 7);

    write_sysreg(hcr_el2, hcr | HCR_TTLB);
    isb();
    exc_expect();
    run_at_el1(el1_tlbi, 0);
    CHECK_EXC(2, EC_SYS64, ISS_SYS(1, 0, 8, 7, 0, 31, 0), t_tlbi);
    write_sysreg(hcr_el2, hcr);
    isb();

    exc_expect();
    run_at_el1(el1_alle2, 0);
    CHECK_EXC(1, EC_UNKNOWN, 0, t_alle2);
    exc_expect();
    run_at_el1(el1_ats1e2r, 0);
    CHECK_EXC(1, EC_UNKNOWN, 0, t_ats1e2r);
    exc_expect();
    run_at_el0(el0_at, 0);
    CHECK_EXC(1, EC_UNKNOWN, 0, t_at_el0);

    uint64_t va = (uint64_t)&target[1];
    asm volatile("at s1e2r, %0\n\tisb" :: "r"(va) : "memory");
    uint64_t par = read_sysreg(par_el1);
    CHECK_EQM("PAR_EL1.F", par & 1, 0);
    CHECK_EQM("PAR_EL1.PA", par & 0xfffffffff000ull, va & ~0xfffull);
    CHECK_EQM("PAR_EL1.ATTR (Device-nGnRnE)", par >> 56, 0);
    CHECK_EQM("PAR_EL1 bit 11 (RES1)", (par >> 11) & 1, 1);

    par = run_at_el1(el1_at, va);
    CHECK_EQM("AT S1E1R: PAR_EL1.F", par & 1, 0);
    CHECK_EQM("AT S1E1R: PAR_EL1.PA", par & 0xfffffffff000ull, va & ~0xfffull);

    par = run_at_el1(el1_at, 1ull << 55);   /* above 52 bits, below the top byte */
    CHECK_EQM("beyond PAMax: PAR_EL1.F", par & 1, 1);
    CHECK_EQM("beyond PAMax: FST (address size, level 0)", (par >> 1) & 0x3f, 0);
    return test_done();
}
