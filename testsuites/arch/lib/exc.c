/* Exception capture for the tests (see test.h) and the unexpected-exception report. */
#include "test.h"

struct exc_frame {
    uint64_t x[31];
    uint64_t vec, elr, spsr, esr, far, daif, spsel, pan, currentel, sp_el0, pad;
};
_Static_assert(sizeof(struct exc_frame) == 336, "frame layout shared with vectors.S");

volatile struct exc_record exc_last;
void (*volatile exc_async_hook)(void);
static volatile uint64_t exc_armed;
static volatile uint64_t exc_resume_pc;

void lower_resume(uint64_t ret) __attribute__((noreturn));

void exc_expect(void)
{
    exc_last.taken = 0;
    exc_last.el = exc_last.vec = exc_last.esr = exc_last.elr = ~0ULL;
    exc_last.far = exc_last.spsr = ~0ULL;
    exc_resume_pc = 0;
    exc_armed = 1;
    asm volatile("dsb sy" ::: "memory");
}

void exc_expect_recover(const void *resume_pc)
{
    exc_expect();
    exc_resume_pc = (uint64_t)resume_pc;
}

void exc_disarm(void) { exc_armed = 0; }

uint64_t run_at_el1(lower_fn fn, uint64_t arg) { return run_lower(fn, arg, PSR_DAIF | PSR_M_EL1h); }
uint64_t run_at_el0(lower_fn fn, uint64_t arg) { return run_lower(fn, arg, PSR_DAIF | PSR_M_EL0t); }

static const char *const ec_names[64] = {
    [0x00] = "Unknown reason", [0x01] = "WFI/WFE", [0x07] = "SVE/SIMD/FP access",
    [0x0e] = "Illegal Execution state", [0x15] = "SVC (AArch64)", [0x16] = "HVC (AArch64)",
    [0x17] = "SMC (AArch64)", [0x18] = "MSR/MRS/system instruction", [0x20] = "Instruction Abort, lower EL",
    [0x21] = "Instruction Abort, same EL", [0x22] = "PC alignment fault",
    [0x24] = "Data Abort, lower EL", [0x25] = "Data Abort, same EL",
    [0x26] = "SP alignment fault", [0x2f] = "SError", [0x3c] = "BRK (AArch64)",
};

const char *ec_name(uint64_t ec)
{
    const char *n = ec_names[ec & 0x3f];
    return n ? n : "?";
}

static bool is_async(uint64_t vec) { return (vec & 0x180) != VEC_SYNC; }

void exc_handle(struct exc_frame *f)
{
    uint64_t el = CURRENTEL_EL(f->currentel);
    uint64_t ec = ESR_EC(f->esr);
    uint64_t imm16 = f->esr & 0xffff;
    uint64_t from_el = (f->spsr >> 2) & 3;

    if (!is_async(f->vec) && imm16 == SVC_RETURN_TO_EL2 && from_el < el) {
        /* the return path of run_lower(); SMC (trapped by HCR_EL2.TSC) also works, for
         * tests that make HVC UNDEFINED */
        if (el == 2 && (ec == EC_HVC64 || ec == EC_SVC64 || ec == EC_SMC64))
            lower_resume(f->x[0]);
        if (el == 1 && ec == EC_SVC64) {
            register uint64_t x0 asm("x0") = f->x[0];
            asm volatile("hvc %1" :: "r"(x0), "i"(SVC_RETURN_TO_EL2) : "memory");
            __builtin_unreachable();
        }
    }

    if (exc_armed) {
        exc_armed = 0;
        exc_last.el = el;
        exc_last.vec = f->vec;
        exc_last.esr = f->esr;
        exc_last.elr = f->elr;
        exc_last.far = f->far;
        exc_last.spsr = f->spsr;
        exc_last.daif = f->daif;
        exc_last.spsel = f->spsel;
        exc_last.pan = f->pan;
        exc_last.sp_el0 = f->sp_el0;
        exc_last.taken++;
        if (is_async(f->vec)) {
            static const uint64_t mask[4] = { 0, PSR_I, PSR_F, PSR_A };
            f->spsr |= mask[(f->vec >> 7) & 3];
            if (exc_async_hook)
                exc_async_hook();
        } else if (exc_resume_pc) {
            f->elr = exc_resume_pc;
        } else if (ec != EC_SVC64 && ec != EC_HVC64) {
            f->elr += 4;
        }
        if (ec == EC_ILLEGAL)
            f->spsr &= ~PSR_IL;
        asm volatile("dsb sy" ::: "memory");
        return;
    }

    tprintf("%s: UNEXPECTED exception taken to EL%lu, vector offset 0x%03lx\n"
            "  ESR=0x%016lx (EC=0x%02lx %s, IL=%lu, ISS=0x%07lx)\n"
            "  ELR=0x%016lx FAR=0x%016lx SPSR=0x%016lx\n",
            TEST_NAME, el, f->vec, f->esr, ec, ec_name(ec), (f->esr >> 25) & 1,
            ESR_ISS(f->esr), f->elr, f->far, f->spsr);
    tprintf("%s: FAIL\n", TEST_NAME);
    semi_exit(1);
}

void check_exc_fn(const char *file, int line, uint64_t el, uint64_t ec, uint64_t iss, uint64_t elr)
{
    if (exc_last.taken != 1) {
        check_eq_fn(file, line, "number of exceptions taken", exc_last.taken, 1);
        exc_disarm();
        return;
    }
    check_eq_fn(file, line, "exception target EL", exc_last.el, el);
    check_eq_fn(file, line, "ESR.EC", ESR_EC(exc_last.esr), ec);
    check_eq_fn(file, line, "ESR.IL", (exc_last.esr >> 25) & 1, 1);
    check_eq_fn(file, line, "ESR.ISS", ESR_ISS(exc_last.esr), iss);
    check_eq_fn(file, line, "ESR[63:32] (ISS2)", exc_last.esr >> 32, 0);
    check_eq_fn(file, line, "ELR", exc_last.elr, elr);
}
