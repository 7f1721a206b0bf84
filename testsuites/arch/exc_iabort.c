/* Instruction and Data Aborts for addresses beyond the physical address size with the
 * MMU off: AArch64.S1DisabledOutput reports an Address size fault at level 0
 * (FSC 0b000000) when VA[top:PAMax] is not zero. The address used is 1 << PAMax (PAMax
 * from ID_AA64MMFR0_EL1.PARange) and one with bits [55:52] set, neither affected by
 * top-byte-ignore. Instruction fetch at EL2: EC 0x21, ELR = FAR = the address; at EL0:
 * EC 0x20 to EL1. Loads/stores: EC 0x25, FAR = the address, WnR for stores (ISV is
 * checked by exc_dabt_isv).
 * (A fetch from an unpopulated address inside the PA range is a synchronous External
 * abort on QEMU; that is board/implementation specific and not tested.) */
#include "test.h"

extern char ia_resume[], ia_resume0[], dab_ldr[], dab_str[];

static unsigned pamax(void)
{
    static const unsigned bits[] = { 32, 36, 40, 42, 44, 48, 52 };
    unsigned r = read_sysreg(id_aa64mmfr0_el1) & 0xf;
    return r < 7 ? bits[r] : 52;
}

static uint64_t fetch(uint64_t target)
{
    asm volatile("blr %0\n"
                 "ia_resume: nop" :: "r"(target) : "x30", "memory");
    return 0;
}

static uint64_t at_el0(uint64_t target)
{
    asm volatile("br %0\n"
                 "ia_resume0: nop" :: "r"(target) : "memory");
    return 0;
}

int main(void)
{
    uint64_t addrs[2] = { 1ULL << pamax(), 0x00f0000000001000ULL };
    for (int i = 0; i < 2; i++) {
        uint64_t a = addrs[i];
        exc_expect_recover(ia_resume);
        fetch(a);
        CHECK_EXC(2, EC_IABT_CUR, FSC_ADDR_SIZE_L0, a);
        CHECK_EQM("FAR_EL2", exc_last.far, a);
        CHECK_EQ(exc_last.vec, VEC_CUR_SPX + VEC_SYNC);

        exc_expect_recover(ia_resume0);
        run_at_el0(at_el0, a);
        CHECK_EXC(1, EC_IABT_LOW, FSC_ADDR_SIZE_L0, a);
        CHECK_EQM("FAR_EL1", exc_last.far, a);

        uint64_t v;
        exc_expect();
        asm volatile("mov x3, #0x33\ndab_ldr: ldr x3, [%1]\n\tmov %0, x3" : "=r"(v) : "r"(a) : "x3", "memory");
        CHECK_DABT(2, EC_DABT_CUR, FSC_ADDR_SIZE_L0, dab_ldr);
        CHECK_EQM("FAR_EL2", exc_last.far, a);
        CHECK_EQM("Xt unchanged", v, 0x33);
        exc_expect();
        asm volatile("dab_str: str wzr, [%0]" :: "r"(a + 4) : "memory");
        CHECK_DABT(2, EC_DABT_CUR, ISS_DABT_WNR | FSC_ADDR_SIZE_L0, dab_str);
        CHECK_EQM("FAR_EL2", exc_last.far, a + 4);
    }
    return test_done();
}
