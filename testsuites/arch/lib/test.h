/* Common library of the trapeze bare-metal architecture tests.
 *
 * Programs are entered at EL2 (MMU off) by crt0.S, which sets up stacks, the default
 * vector tables (VBAR_EL2, VBAR_EL1) and calls main(); main's return value is the
 * semihosting exit code (0 = pass). */
#ifndef TRAPEZE_ARCH_TEST_H
#define TRAPEZE_ARCH_TEST_H

#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "sysreg.h"

#ifndef TEST_NAME
#define TEST_NAME "test"
#endif

/* ---- semihosting (only usable at EL1 and EL2) ---- */
uint64_t semi_call(uint64_t op, uint64_t param);
void semi_write0(const char *s);
void semi_writec(char c);
void semi_exit(int code) __attribute__((noreturn));

/* ---- PL011 UART at 0x09000000 ---- */
#define UART_BASE 0x09000000UL
void uart_putc(char c);
void uart_puts(const char *s);

/* ---- printing (through SYS_WRITE0): %s %c %d %u %x %lx %lu %ld %016lx ---- */
void tprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* ---- checks: print "FAIL <file>:<line> <what>: expected .. got .." and count ---- */
extern volatile int test_failures;
void check_eq_fn(const char *file, int line, const char *what, uint64_t got, uint64_t exp);
void check_true_fn(const char *file, int line, const char *what, bool ok);
#ifdef __FILE_NAME__
#define TEST_FILE __FILE_NAME__
#else
#define TEST_FILE __FILE__
#endif
#define CHECK_EQ(got, exp)  check_eq_fn(TEST_FILE, __LINE__, #got, (uint64_t)(got), (uint64_t)(exp))
#define CHECK_EQM(what, got, exp) check_eq_fn(TEST_FILE, __LINE__, (what), (uint64_t)(got), (uint64_t)(exp))
#define CHECK(cond)         check_true_fn(TEST_FILE, __LINE__, #cond, (cond))
#define CHECKM(what, cond)  check_true_fn(TEST_FILE, __LINE__, (what), (cond))
/* Print the verdict and give main's return value. */
int test_done(void);
/* for assembly tests: check that got == exp, desc names the case */
void asm_check(const char *desc, uint64_t got, uint64_t exp);

/* ---- exception capture ----
 * exc_expect() arms the capture for the next exception (at EL1 or EL2). When it is
 * taken the handler records the syndrome and returns:
 *   - to the recovery address, if one was given with exc_expect_recover();
 *   - else, for SVC/HVC (whose preferred return address is already the next
 *     instruction) and for asynchronous exceptions, to ELR unchanged;
 *   - else to ELR + 4 (past the faulting instruction).
 * For an Illegal Execution state exception the handler clears SPSR.IL; for an
 * asynchronous one it sets the corresponding mask bit in SPSR so it is not retaken.
 * Any exception taken while not armed prints the syndrome and exits with failure. */
struct exc_record {
    uint64_t taken;      /* number of expected exceptions taken since exc_expect */
    uint64_t el;         /* EL the exception was taken to */
    uint64_t vec;        /* vector offset from VBAR_ELx */
    uint64_t esr, elr, far, spsr;
    uint64_t daif, spsel, pan;  /* PSTATE read at the first instruction of the vector */
    uint64_t sp_el0;     /* SP_EL0 at the time of the exception (read in the handler) */
};
extern volatile struct exc_record exc_last;
/* Called (when set) by the capture of an asynchronous exception, in the handler:
 * for an interrupt that the SPSR mask cannot hold off (one taken to a higher EL),
 * the hook acknowledges it at its source. */
extern void (*volatile exc_async_hook)(void);
void exc_expect(void);
void exc_expect_recover(const void *resume_pc);
void exc_disarm(void);

/* Check a captured synchronous exception: target EL, EC, IL, ISS and ELR. */
void check_exc_fn(const char *file, int line, uint64_t el, uint64_t ec, uint64_t iss,
                  uint64_t elr);
#define CHECK_EXC(el, ec, iss, elr) check_exc_fn(TEST_FILE, __LINE__, (el), (ec), (iss), (uint64_t)(elr))
/* Data Aborts: the same, ignoring ISS[24:14] (ISV and the instruction syndrome it
 * validates); exc_dabt_isv checks those bits on their own. */
#define ISS_DABT_ISV_SYNDROME 0x01ffc000ULL
#define CHECK_DABT(el, ec, iss, elr) check_exc_fn(TEST_FILE, __LINE__, (el), (ec), \
    (iss) | (ESR_ISS(exc_last.esr) & ISS_DABT_ISV_SYNDROME), (uint64_t)(elr))
const char *ec_name(uint64_t ec);

/* ---- running code at a lower EL ----
 * run_at_el1(fn, arg): ERET to fn(arg) at EL1h (DAIF masked); when fn returns, its
 * return value comes back through HVC #SVC_RETURN_TO_EL2 to EL2.
 * run_at_el0(fn, arg): ERET to fn(arg) at EL0t; when fn returns it does
 * SVC #SVC_RETURN_TO_EL2, which the EL1 handler forwards with HVC (or which goes to
 * EL2 directly when HCR_EL2.TGE is 1).
 * run_lower(fn, arg, spsr): same with an explicit SPSR_EL2 (M selects EL1t/EL1h/EL0t).
 * SP_EL1 and SP_EL0 are reset to their stack tops on each call. */
typedef uint64_t (*lower_fn)(uint64_t);
uint64_t run_lower(lower_fn fn, uint64_t arg, uint64_t spsr);
uint64_t run_at_el1(lower_fn fn, uint64_t arg);
uint64_t run_at_el0(lower_fn fn, uint64_t arg);

/* Helpers usable at any EL >= EL1 */
static inline uint64_t current_el(void) { return CURRENTEL_EL(read_sysreg(CurrentEL)); }

/* Stop the compiler from knowing a value (so known-answer checks are not folded). */
#define OPAQUE(x) ({ __typeof__(x) __o = (x); asm volatile("" : "+r"(__o)); __o; })

/* Run one instruction with named operands %[d] (result), %[a], %[b], %[c]; the
 * F variants preset NZCV to PRE first and store NZCV after the instruction in FL. */
#define ASM1(insn, A) ({ uint64_t d_; \
    asm volatile(insn : [d] "=&r"(d_) : [a] "r"((uint64_t)(A)) : "cc"); d_; })
#define ASM2(insn, A, B) ({ uint64_t d_; \
    asm volatile(insn : [d] "=&r"(d_) : [a] "r"((uint64_t)(A)), [b] "r"((uint64_t)(B)) : "cc"); d_; })
#define ASM3(insn, A, B, C) ({ uint64_t d_; \
    asm volatile(insn : [d] "=&r"(d_) : [a] "r"((uint64_t)(A)), [b] "r"((uint64_t)(B)), \
                 [c] "r"((uint64_t)(C)) : "cc"); d_; })
#define ASM1F(insn, A, PRE, FL) ({ uint64_t d_, f_; \
    asm volatile("msr nzcv, %[p]\n\t" insn "\n\tmrs %[f], nzcv" \
                 : [d] "=&r"(d_), [f] "=&r"(f_) : [a] "r"((uint64_t)(A)), \
                   [p] "r"((uint64_t)(PRE)) : "cc"); (FL) = f_; d_; })
#define ASM2F(insn, A, B, PRE, FL) ({ uint64_t d_, f_; \
    asm volatile("msr nzcv, %[p]\n\t" insn "\n\tmrs %[f], nzcv" \
                 : [d] "=&r"(d_), [f] "=&r"(f_) : [a] "r"((uint64_t)(A)), \
                   [b] "r"((uint64_t)(B)), [p] "r"((uint64_t)(PRE)) : "cc"); (FL) = f_; d_; })
#define NZCV_N 0x80000000ULL
#define NZCV_Z 0x40000000ULL
#define NZCV_C 0x20000000ULL
#define NZCV_V 0x10000000ULL

extern char __stack_el0_top[], __stack_el1_top[], __stack_el2_top[];
extern char exc_vectors[];
void *memset(void *d, int c, size_t n);
void *memcpy(void *d, const void *s, size_t n);

#endif
