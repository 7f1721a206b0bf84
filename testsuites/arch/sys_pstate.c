/* PSTATE through MRS/MSR (C5.2 special-purpose registers): NZCV, DAIF (register and
 * DAIFSet/DAIFClr immediates), SPSel (register and immediate; with SPSel = 0 the SP is
 * SP_EL0 and MRS SP_EL0 is UNDEFINED), PAN (FEAT_PAN) and UAO (FEAT_UAO, if present). */
#include "test.h"

extern char mrs_sp_el0_at_spsel0[];

/* MSR UAO, #imm = 0xd500407f | imm << 8 (op1=000, op2=011); MRS x0, UAO = S3_0_C4_C2_4 */
#define MSR_UAO_1 ".inst 0xd500417f"
#define MSR_UAO_0 ".inst 0xd500407f"

static uint64_t at_el1(uint64_t arg)
{
    uint64_t r = 0;
    asm volatile("msr pan, #1" ::: "memory");
    r |= read_sysreg(pan) == PSR_PAN;
    asm volatile("msr pan, #0" ::: "memory");
    r |= (read_sysreg(pan) == 0) << 1;
    asm volatile("msr spsel, #0" ::: "memory");
    r |= (read_sysreg(spsel) == 0) << 2;
    asm volatile("msr spsel, #1" ::: "memory");
    r |= (read_sysreg(spsel) == 1) << 3;
    asm volatile("msr daifclr, #0xf" ::: "memory");
    r |= (read_sysreg(daif) == 0) << 4;
    asm volatile("msr daifset, #0xf" ::: "memory");
    r |= (read_sysreg(daif) == 0x3c0) << 5;
    return r;
}

int main(void)
{
    write_sysreg(nzcv, 0xa0000000);
    CHECK_EQ(read_sysreg(nzcv), 0xa0000000);
    write_sysreg(nzcv, 0x50000000);
    CHECK_EQ(read_sysreg(nzcv), 0x50000000);
    uint64_t f;
    asm volatile("mov x9, #1\n\tcmp x9, #2\n\tmrs %0, nzcv" : "=r"(f) :: "x9", "cc");
    CHECK_EQM("NZCV after cmp 1, #2", f, NZCV_N);

    /* DAIF: D=bit 9, A=8, I=7, F=6; DAIFSet/Clr immediates are D:A:I:F = 8:4:2:1 */
    CHECK_EQM("DAIF at test start", read_sysreg(daif), 0x3c0);
    asm volatile("msr daifclr, #0xf" ::: "memory");
    CHECK_EQ(read_sysreg(daif), 0);
    asm volatile("msr daifset, #8" ::: "memory");
    CHECK_EQ(read_sysreg(daif), PSR_D);
    asm volatile("msr daifset, #4" ::: "memory");
    CHECK_EQ(read_sysreg(daif), PSR_D | PSR_A);
    asm volatile("msr daifset, #2" ::: "memory");
    CHECK_EQ(read_sysreg(daif), PSR_D | PSR_A | PSR_I);
    asm volatile("msr daifset, #1" ::: "memory");
    CHECK_EQ(read_sysreg(daif), PSR_DAIF);
    asm volatile("msr daifclr, #4" ::: "memory");
    CHECK_EQ(read_sysreg(daif), PSR_D | PSR_I | PSR_F);
    asm volatile("msr daifclr, #9" ::: "memory");
    CHECK_EQ(read_sysreg(daif), PSR_I);
    write_sysreg(daif, PSR_A | PSR_F);
    CHECK_EQ(read_sysreg(daif), PSR_A | PSR_F);
    write_sysreg(daif, PSR_DAIF);
    CHECK_EQ(read_sysreg(daif), PSR_DAIF);

    /* SPSel */
    CHECK_EQ(read_sysreg(spsel), 1);
    uint64_t sp_el2, sp_seen, sp_el0_after, spsel0, sp_el2_after;
    write_sysreg(sp_el0, 0x40002000);
    asm volatile("mov %[s2], sp\n\t"
                 "msr spsel, #0\n\t"
                 "mrs %[sel], spsel\n\t"
                 "mov %[seen], sp\n\t"
                 "sub sp, sp, #0x20\n\t"
                 "msr spsel, #1\n\t"
                 "mrs %[e0], sp_el0\n\t"
                 "mov %[s2a], sp"
                 : [s2] "=&r"(sp_el2), [sel] "=&r"(spsel0), [seen] "=&r"(sp_seen),
                   [e0] "=&r"(sp_el0_after), [s2a] "=&r"(sp_el2_after) :: "memory");
    CHECK_EQM("SPSel reads 0 after msr spsel, #0", spsel0, 0);
    CHECK_EQM("SP is SP_EL0 when SPSel = 0", sp_seen, 0x40002000);
    CHECK_EQM("sub sp with SPSel = 0 changed SP_EL0", sp_el0_after, 0x40002000 - 0x20);
    CHECK_EQM("SP_EL2 unchanged", sp_el2_after, sp_el2);
    write_sysreg(spsel, 0);
    CHECK_EQ(read_sysreg(spsel), 0);
    write_sysreg(spsel, 1);
    CHECK_EQ(read_sysreg(spsel), 1);

    /* MRS SP_EL0 while SPSel = 0 is UNDEFINED; taken from EL2t (vector offset 0x000) */
    exc_expect();
    uint64_t v = 0x1234;
    asm volatile("msr spsel, #0\n\t"
                 "mrs_sp_el0_at_spsel0: mrs %0, sp_el0\n\t"
                 "msr spsel, #1" : "+r"(v) :: "memory");
    CHECK_EXC(2, EC_UNKNOWN, 0, mrs_sp_el0_at_spsel0);
    CHECK_EQ(exc_last.vec, VEC_CUR_SP0 + VEC_SYNC);
    CHECK_EQM("SPSR_EL2.M = EL2t", exc_last.spsr & PSR_M_MASK, PSR_M_EL2t);
    CHECK_EQ(v, 0x1234);

    /* PAN (FEAT_PAN, Armv8.1) */
    asm volatile("msr pan, #1" ::: "memory");
    CHECK_EQ(read_sysreg(pan), PSR_PAN);
    asm volatile("msr pan, #0" ::: "memory");
    CHECK_EQ(read_sysreg(pan), 0);
    write_sysreg(pan, PSR_PAN);
    CHECK_EQ(read_sysreg(pan), PSR_PAN);
    write_sysreg(pan, 0);
    CHECK_EQ(read_sysreg(pan), 0);

    /* UAO (FEAT_UAO, Armv8.2): ID_AA64MMFR2_EL1.UAO, bits [7:4] */
    if ((read_sysreg(id_aa64mmfr2_el1) >> 4) & 0xf) {
        asm volatile(MSR_UAO_1 ::: "memory");
        CHECK_EQM("UAO after msr uao, #1", read_sysreg(SYSREG_UAO), BIT(23));
        asm volatile(MSR_UAO_0 ::: "memory");
        CHECK_EQM("UAO after msr uao, #0", read_sysreg(SYSREG_UAO), 0);
    } else {
        tprintf("  (FEAT_UAO not implemented: UAO checks skipped)\n");
    }

    CHECK_EQM("PAN/SPSel/DAIF at EL1", run_at_el1(at_el1, 0), 0x3f);
    return test_done();
}
