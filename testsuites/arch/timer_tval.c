/* TVAL (D19.12, CNTP_TVAL_EL0 and the others): a 32-bit signed view of CVAL - count,
 * bits 63:32 RES0. For each timer (ENABLE = 1, IMASK = 1), at EL2 with E2H = 0:
 *   a write of TVAL sets CVAL = count + SignExtend(TVAL[31:0]) (bits 63:32 ignored);
 *   a read returns (CVAL - count)[31:0]: positive before CVAL, negative after, and
 *   truncated when CVAL is more than 2^31 ticks ahead;
 *   a negative TVAL write puts CVAL in the past: ISTATUS = 1 at once. */
#include "timer.h"

static int32_t s32(uint64_t v) { return (int32_t)(uint32_t)v; }

int main(void)
{
    const struct timer *t;
    unsigned n = timers_get(&t);
    for (unsigned i = 0; i < n; i++) {
        tprintf("  %s\n", t[i].name);
        t[i].ctl_w(CNT_CTL_ENABLE | CNT_CTL_IMASK);

        uint64_t c0 = t[i].count();
        t[i].tval_w(20000);
        uint64_t c1 = t[i].count(), cv = t[i].cval_r();
        CHECKM("TVAL = 20000: CVAL = count + 20000", cval_from_tval(cv, 20000, c0, c1));
        uint64_t tv = t[i].tval_r();
        CHECK_EQM("TVAL bits 63:32", tv >> 32, 0);
        CHECKM("TVAL read: 0 < TVAL <= 20000", s32(tv) > 0 && s32(tv) <= 20000);

        timer_wait_for(t[i].count, cv + 1000);
        tv = t[i].tval_r();
        CHECK_EQM("expired: TVAL bits 63:32", tv >> 32, 0);
        CHECKM("expired 1000 ticks ago: TVAL <= -1000", s32(tv) <= -1000);

        c0 = t[i].count();
        t[i].tval_w(0xdeadbeef00100000ULL);
        c1 = t[i].count();
        cv = t[i].cval_r();
        CHECKM("TVAL bits 63:32 ignored: CVAL = count + 0x100000",
               cval_from_tval(cv, 0x100000, c0, c1));
        CHECK_EQM("CVAL = count + 0x100000: ISTATUS 0", t[i].ctl_r(), CNT_CTL_ENABLE | CNT_CTL_IMASK);

        c0 = t[i].count();
        t[i].tval_w((uint32_t)-100);
        c1 = t[i].count();
        cv = t[i].cval_r();
        CHECKM("TVAL = -100: CVAL = count - 100 (sign-extended)", cval_from_tval(cv, -100, c0, c1));
        CHECK_EQM("TVAL = -100: ISTATUS 1 at once", t[i].ctl_r(),
                  CNT_CTL_ENABLE | CNT_CTL_IMASK | CNT_CTL_ISTATUS);
        tv = t[i].tval_r();
        CHECKM("TVAL read after TVAL = -100: <= -100, bits 63:32 zero",
               s32(tv) <= -100 && (tv >> 32) == 0);

        /* CVAL 2^32 + 100000 ticks ahead: TVAL shows only the low 32 bits */
        t[i].cval_w(t[i].count() + (1ULL << 32) + 100000);
        tv = t[i].tval_r();
        CHECKM("CVAL 2^32 + 100000 ahead: TVAL in (50000, 100000]",
               s32(tv) > 50000 && s32(tv) <= 100000 && (tv >> 32) == 0);
        t[i].ctl_w(0);
    }
    return test_done();
}
