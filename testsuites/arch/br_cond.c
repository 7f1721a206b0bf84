/* B.cond for all 16 conditions under all 16 NZCV values (C6.2.26 B.cond,
 * ConditionHolds in J1). The expected taken/not-taken masks are derived here from
 * the condition definitions; cond 0b1110 (AL) and 0b1111 (NV) both always branch.
 * Also branches backwards and across the +-1 MiB range. */
#include "test.h"

/* uint64_t cond_mask(uint64_t nzcv): bit c set when b.<c> was taken */
uint64_t cond_mask(uint64_t nzcv);
asm(".text\n"
    ".global cond_mask\n"
    "cond_mask:\n"
    "    mov x1, #0\n"
    "    msr nzcv, x0\n"
    "    .irp c, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15\n"
    "    .inst 0x54000040 | \\c\n"      /* b.<c> .+8 */
    "    b 1f\n"
    "    orr x1, x1, #(1 << \\c)\n"
    "1:\n"
    "    .endr\n"
    "    mov x0, x1\n"
    "    ret\n");

/* uint64_t far_branches(void): b.eq forwards by 0xffffc and b.ne backwards by
 * 0x100000 (the limits of imm19); returns 3 when both arrived */
uint64_t far_branches(void);
asm(".text\n"
    ".global far_branches\n"
    "far_branches:\n"
    "    mov x0, #0\n"
    "    cmp x0, #0\n"
    "    b.eq 2f\n"                     /* +0xffffc */
    "1:  orr x0, x0, #2\n"              /* backward target, 0x100000 before 3: */
    "    ret\n"
    "    .skip 0xffff0, 0\n"           /* 2: at offset 8 + 0xffffc */
    "2:  orr x0, x0, #1\n"
    "    cmp x0, #0\n"
    "3:  b.ne 1b\n"                     /* at offset 0x10000c: -0x100000 */
    "    ret\n");

static int holds(unsigned cond, uint64_t nzcv)
{
    int n = !!(nzcv & 8), z = !!(nzcv & 4), c = !!(nzcv & 2), v = !!(nzcv & 1);
    int r;
    switch (cond >> 1) {
    case 0: r = z; break;                    /* EQ / NE */
    case 1: r = c; break;                    /* CS / CC */
    case 2: r = n; break;                    /* MI / PL */
    case 3: r = v; break;                    /* VS / VC */
    case 4: r = c && !z; break;              /* HI / LS */
    case 5: r = n == v; break;               /* GE / LT */
    case 6: r = n == v && !z; break;         /* GT / LE */
    default: return 1;                       /* AL, NV */
    }
    return (cond & 1) ? !r : r;
}

/* b.cond backwards: a loop counting down with b.ne */
static uint64_t loop_count(uint64_t n)
{
    uint64_t iters = 0;
    asm volatile("1: add %[i], %[i], #1\n\t"
                 "subs %[n], %[n], #1\n\t"
                 "b.ne 1b" : [i] "+r"(iters), [n] "+r"(n) :: "cc");
    return iters;
}

int main(void)
{
    for (uint64_t nzcv = 0; nzcv < 16; nzcv++) {
        uint64_t exp = 0;
        for (unsigned c = 0; c < 16; c++)
            exp |= (uint64_t)holds(c, nzcv) << c;
        uint64_t got = cond_mask(nzcv << 28);
        if (got != exp)
            tprintf("  NZCV=%lx\n", nzcv);
        CHECK_EQM("mask of taken conditions", got, exp);
    }
    /* hand-computed spot checks: NZCV=0000 and NZCV=0110 (Z, C) */
    CHECK_EQM("NZCV=0000", cond_mask(0), 0xd6aa);
    CHECK_EQM("NZCV=0110", cond_mask(0x60000000), 0xe6a5);
    CHECK_EQM("NZCV=1001", cond_mask(0x90000000), 0xd65a);
    CHECK_EQ(loop_count(5), 5);

    CHECK_EQM("b.eq/b.ne at the +-1 MiB range", far_branches(), 3);
    return test_done();
}
