/* Helpers for the generic timer tests (timer_*): the four timers of a PE as a table
 * of accessor functions, used at EL2 with HCR_EL2.E2H = 0. Encodings (D19.12): CNTP_*
 * 3,3,14,2,{0 TVAL,1 CTL,2 CVAL}; CNTV_* 3,3,14,3,x; CNTHP_* 3,4,14,2,x; CNTHV_*
 * (FEAT_VHE) 3,4,14,3,x; the _EL02 aliases op1 = 5. Written with their generic names
 * so the assembler need not know them. */
#ifndef TRAPEZE_ARCH_TIMER_H
#define TRAPEZE_ARCH_TIMER_H

#include "el2.h"

#define CNTHV_TVAL_EL2  s3_4_c14_c3_0
#define CNTHV_CTL_EL2   s3_4_c14_c3_1
#define CNTHV_CVAL_EL2  s3_4_c14_c3_2
#define CNTP_TVAL_EL02  s3_5_c14_c2_0
#define CNTP_CTL_EL02   s3_5_c14_c2_1
#define CNTP_CVAL_EL02  s3_5_c14_c2_2
#define CNTV_TVAL_EL02  s3_5_c14_c3_0
#define CNTV_CTL_EL02   s3_5_c14_c3_1
#define CNTV_CVAL_EL02  s3_5_c14_c3_2

struct timer {
    const char *name;
    uint64_t (*count)(void);            /* the count CVAL is compared with */
    uint64_t (*ctl_r)(void), (*cval_r)(void), (*tval_r)(void);
    void (*ctl_w)(uint64_t), (*cval_w)(uint64_t), (*tval_w)(uint64_t);
};

#define TIMER_FNS(p, ctl, cval, tval, cnt) \
    static uint64_t p##_count(void) { isb(); return read_sysreg(cnt); } \
    static uint64_t p##_ctl_r(void) { isb(); return read_sysreg(ctl); } \
    static uint64_t p##_cval_r(void) { return read_sysreg(cval); } \
    static uint64_t p##_tval_r(void) { isb(); return read_sysreg(tval); } \
    static void p##_ctl_w(uint64_t v) { write_sysreg(ctl, v); isb(); } \
    static void p##_cval_w(uint64_t v) { write_sysreg(cval, v); isb(); } \
    static void p##_tval_w(uint64_t v) { write_sysreg(tval, v); isb(); }
#define TIMER_ENTRY(p, name) \
    { name, p##_count, p##_ctl_r, p##_cval_r, p##_tval_r, p##_ctl_w, p##_cval_w, p##_tval_w }

/* At EL2 with E2H = 0 the virtual count is CNTPCT - CNTVOFF (CNTVCT_EL0); the EL2
 * virtual timer has no offset, so it is compared with CNTPCT. */
TIMER_FNS(tp, cntp_ctl_el0, cntp_cval_el0, cntp_tval_el0, cntpct_el0)
TIMER_FNS(tv, cntv_ctl_el0, cntv_cval_el0, cntv_tval_el0, cntvct_el0)
TIMER_FNS(thp, cnthp_ctl_el2, cnthp_cval_el2, cnthp_tval_el2, cntpct_el0)
TIMER_FNS(thv, CNTHV_CTL_EL2, CNTHV_CVAL_EL2, CNTHV_TVAL_EL2, cntpct_el0)

/* The timers of this PE: three, or four with FEAT_VHE. */
static inline unsigned timers_get(const struct timer **out)
{
    static const struct timer all[] = {
        TIMER_ENTRY(tp, "CNTP (EL1 physical)"), TIMER_ENTRY(tv, "CNTV (EL1 virtual)"),
        TIMER_ENTRY(thp, "CNTHP (EL2 physical)"), TIMER_ENTRY(thv, "CNTHV (EL2 virtual)"),
    };
    *out = all;
    return have_vhe() ? 4 : 3;
}

/* Spin until count() >= target (bounded): returns the count reached. */
static inline uint64_t timer_wait_for(uint64_t (*count)(void), uint64_t target)
{
    uint64_t now = count();
    for (unsigned long i = 0; i < 100000000UL && now < target; i++)
        now = count();
    return now;
}

/* Whether cval = c + delta for some count c in [c0, c1] (unsigned, modulo 2^64): the
 * check for a TVAL write made between two counter reads c0 and c1. */
static inline bool cval_from_tval(uint64_t cval, int64_t delta, uint64_t c0, uint64_t c1)
{
    return cval - (uint64_t)delta - c0 <= c1 - c0;
}

/* After the count has reached CVAL: ISTATUS, read until it is set (bounded). The
 * architecture has it set at once (timer_istatus_immediate checks that); QEMU updates
 * it from a host timer callback, a little later, so the other tests allow for that. */
static inline uint64_t timer_ctl_settled(const struct timer *t)
{
    uint64_t ctl = t->ctl_r();
    for (unsigned long i = 0; i < 1000000UL && !(ctl & CNT_CTL_ISTATUS); i++)
        ctl = t->ctl_r();
    return ctl;
}

#endif
