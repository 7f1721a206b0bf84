/* Hints and barriers (C6.2.94 HINT ...): NOP, YIELD, SEV, SEVL, WFE, CSDB, an
 * unallocated HINT, DSB/DMB in all domains and types, ISB, CLREX. SEVL sets the local
 * event register, so the WFE after it completes at once (and clears it); SEV also sets
 * it. None of them change registers or flags. */
#include "test.h"

int main(void)
{
    uint64_t f, x = 0x1234;
    asm volatile("msr nzcv, %[n]\n\t"
                 "nop\n\t"
                 "yield\n\t"
                 "sevl\n\t"
                 "wfe\n\t"            /* event register set by SEVL: no wait */
                 "sev\n\t"
                 "wfe\n\t"            /* set by SEV */
                 "sevl\n\t"
                 "wfe\n\t"
                 "csdb\n\t"
                 "hint #0x7f\n\t"      /* unallocated hint: NOP */
                 "dsb sy\n\tdsb st\n\tdsb ld\n\t"
                 "dsb ish\n\tdsb ishst\n\tdsb ishld\n\t"
                 "dsb nsh\n\tdsb nshst\n\tdsb nshld\n\t"
                 "dsb osh\n\tdsb oshst\n\tdsb oshld\n\t"
                 "dmb sy\n\tdmb st\n\tdmb ld\n\t"
                 "dmb ish\n\tdmb ishst\n\tdmb ishld\n\t"
                 "dmb nsh\n\tdmb oshld\n\t"
                 "isb\n\tisb sy\n\t"
                 "clrex\n\tclrex #7\n\t"
                 "mrs %[f], nzcv"
                 : [f] "=&r"(f), "+r"(x) : [n] "r"(0x60000000ULL) : "cc", "memory");
    CHECK_EQM("NZCV unchanged", f, 0x60000000);
    CHECK_EQM("register unchanged", x, 0x1234);

    /* WFE after SEVL from a loop: always returns */
    for (int i = 0; i < 100; i++)
        asm volatile("sevl\n\twfe" ::: "memory");

    /* CLREX makes a following store-exclusive fail */
    static uint64_t m __attribute__((aligned(8)));
    uint64_t t, s;
    asm volatile("ldxr %0, [%2]\n\tclrex\n\tstxr %w1, %0, [%2]" : "=&r"(t), "=&r"(s) : "r"(&m) : "memory");
    CHECK_EQM("stxr status after clrex", s, 1);
    return test_done();
}
