/* CSEL/CSINC/CSINV/CSNEG (C6.2.69 CSEL ...) and the aliases CSET/CSETM/CINC/CINV/CNEG;
 * 32-bit forms wrap at 32 bits; cond NV holds (selects Rn). */
#include "test.h"

int main(void)
{
    uint64_t f;
    (void)f;

    CHECK_EQ(ASM2F("csel %[d], %[a], %[b], eq", 1, 2, NZCV_Z, f), 1);
    CHECK_EQ(ASM2F("csel %[d], %[a], %[b], eq", 1, 2, 0, f), 2);
    CHECK_EQ(ASM2F("csel %w[d], %w[a], %w[b], mi", 0xffffffff00000001, 2, NZCV_N, f), 1);
    CHECK_EQ(ASM2F("csinc %[d], %[a], %[b], ne", 5, 0xffffffffffffffff, NZCV_Z, f), 0);
    CHECK_EQ(ASM2F("csinc %[d], %[a], %[b], ne", 5, 0xffffffffffffffff, 0, f), 5);
    CHECK_EQ(ASM2F("csinc %w[d], %w[a], %w[b], ne", 5, 0xffffffff, NZCV_Z, f), 0);
    CHECK_EQ(ASM2F("csinv %[d], %[a], %[b], cs", 5, 0, 0, f), 0xffffffffffffffff);
    CHECK_EQ(ASM2F("csinv %w[d], %w[a], %w[b], cs", 5, 0, 0, f), 0x00000000ffffffff);
    CHECK_EQ(ASM2F("csinv %[d], %[a], %[b], cs", 5, 0, NZCV_C, f), 5);
    CHECK_EQ(ASM2F("csneg %[d], %[a], %[b], lt", 5, 1, 0, f), 0xffffffffffffffff);
    CHECK_EQ(ASM2F("csneg %[d], %[a], %[b], lt", 5, 1, NZCV_N, f), 5);
    CHECK_EQ(ASM2F("csneg %w[d], %w[a], %w[b], gt", 5, 0x80000000, NZCV_Z, f), 0x80000000);
    CHECK_EQ(ASM2F("csneg %w[d], %w[a], %w[b], gt", 5, 0x7fffffff, NZCV_Z, f), 0x80000001);
    CHECK_EQ(ASM1F("cset %[d], eq", 0, NZCV_Z, f), 1);
    CHECK_EQ(ASM1F("cset %[d], eq", 0, 0, f), 0);
    CHECK_EQ(ASM1F("csetm %w[d], hi", 0, NZCV_C, f), 0xffffffff);
    CHECK_EQ(ASM1F("csetm %[d], hi", 0, NZCV_C | NZCV_Z, f), 0);
    CHECK_EQ(ASM1F("cinc %[d], %[a], le", 9, NZCV_Z, f), 10);
    CHECK_EQ(ASM1F("cinv %[d], %[a], vs", 9, NZCV_V, f), 0xfffffffffffffff6);
    CHECK_EQ(ASM1F("cneg %[d], %[a], pl", 9, 0, f), 0xfffffffffffffff7);
    CHECK_EQ(ASM1F("cneg %[d], %[a], pl", 9, NZCV_N, f), 9);

    /* csel x0, x1, x2, nv = 0x9a82f020; csinc x0, x1, x2, nv = 0x9a82f420 */
    uint64_t r;
    asm volatile("mov x1, #0x11\n\tmov x2, #0x22\n\tmsr nzcv, xzr\n\t"
                 ".inst 0x9a82f020\n\tmov %0, x0" : "=r"(r) :: "x0", "x1", "x2", "cc");
    CHECK_EQM("csel x0, x1, x2, nv", r, 0x11);
    asm volatile("mov x1, #0x11\n\tmov x2, #0x22\n\tmsr nzcv, xzr\n\t"
                 ".inst 0x9a82f420\n\tmov %0, x0" : "=r"(r) :: "x0", "x1", "x2", "cc");
    CHECK_EQM("csinc x0, x1, x2, nv", r, 0x11);
    return test_done();
}
