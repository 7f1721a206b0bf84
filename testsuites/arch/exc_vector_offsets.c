/* Vector table offsets for synchronous exceptions (D1.10.2): from the current EL with
 * SP_EL0 +0x000, current EL with SP_ELx +0x200, lower EL using AArch64 +0x400; for
 * EL2 (VBAR_EL2) and EL1 (VBAR_EL1). Also checks that VBAR_ELx is honoured: with
 * VBAR_EL1 moved to a copy of the table the copy's entry runs. */
#include "test.h"

extern char exc_vectors_el1[];
static volatile struct exc_record rec;

static uint64_t el1_brk(uint64_t a) { exc_expect(); asm volatile("brk #1" ::: "memory"); rec = exc_last; return 0; }
static uint64_t el1_hvc(uint64_t a) { asm volatile("hvc #2" ::: "memory"); return 0; }
static uint64_t el0_brk(uint64_t a) { asm volatile("brk #3" ::: "memory"); return 0; }

/* a second EL1 vector table: its sync-from-lower-EL entry counts, then jumps to the
 * default one */
static volatile uint64_t alt_hits;
void alt_vectors(void);
asm(".text\n"
    ".balign 2048\n"
    ".global alt_vectors\n"
    "alt_vectors:\n"
    "    .rept 8\n"
    "    .balign 0x80\n"
    "    b .\n"
    "    .endr\n"
    "    .balign 0x80\n"                     /* +0x400: sync, lower EL, AArch64 */
    "    stp x0, x1, [sp, #-16]!\n"
    "    adrp x0, alt_hits\n"
    "    ldr x1, [x0, :lo12:alt_hits]\n"
    "    add x1, x1, #1\n"
    "    str x1, [x0, :lo12:alt_hits]\n"
    "    ldp x0, x1, [sp], #16\n"
    "    b exc_vectors_el1 + 0x400\n"
    "    .rept 7\n"
    "    .balign 0x80\n"
    "    b .\n"
    "    .endr\n");

int main(void)
{
    exc_expect();
    asm volatile("brk #0" ::: "memory");
    CHECK_EQM("EL2h -> EL2", exc_last.vec, VEC_CUR_SPX + VEC_SYNC);

    exc_expect();
    asm volatile("msr spsel, #0\n\tbrk #0\n\tmsr spsel, #1" ::: "memory");
    CHECK_EQM("EL2t -> EL2", exc_last.vec, VEC_CUR_SP0 + VEC_SYNC);

    exc_expect();
    run_at_el1(el1_hvc, 0);
    CHECK_EQM("EL1 -> EL2", exc_last.vec, VEC_LOWER_A64 + VEC_SYNC);
    CHECK_EQ(exc_last.el, 2);

    run_at_el1(el1_brk, 0);
    CHECK_EQM("EL1h -> EL1", rec.vec, VEC_CUR_SPX + VEC_SYNC);
    CHECK_EQ(rec.el, 1);

    run_lower(el1_brk, 0, PSR_DAIF | PSR_M_EL1t);
    CHECK_EQM("EL1t -> EL1", rec.vec, VEC_CUR_SP0 + VEC_SYNC);

    exc_expect();
    run_at_el0(el0_brk, 0);
    CHECK_EQM("EL0 -> EL1", exc_last.vec, VEC_LOWER_A64 + VEC_SYNC);
    CHECK_EQ(exc_last.el, 1);

    write_sysreg(vbar_el1, (uint64_t)alt_vectors);
    isb();
    exc_expect();
    run_at_el0(el0_brk, 0);
    CHECK_EQM("entries through the relocated VBAR_EL1 (brk and the return svc)", alt_hits, 2);
    CHECK_EQM("EL0 -> EL1 via relocated table", exc_last.vec, VEC_LOWER_A64 + VEC_SYNC);
    write_sysreg(vbar_el1, (uint64_t)exc_vectors_el1);
    isb();
    return test_done();
}
