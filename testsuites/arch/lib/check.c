/* Known-answer checks and the verdict. */
#include "test.h"

volatile int test_failures;

void check_eq_fn(const char *file, int line, const char *what, uint64_t got, uint64_t exp)
{
    if (got == exp)
        return;
    test_failures++;
    tprintf("FAIL %s:%d %s: expected 0x%lx, got 0x%lx\n", file, line, what, exp, got);
}

void check_true_fn(const char *file, int line, const char *what, bool ok)
{
    if (ok)
        return;
    test_failures++;
    tprintf("FAIL %s:%d %s\n", file, line, what);
}

int test_done(void)
{
    if (test_failures) {
        tprintf("%s: FAIL (%d checks failed)\n", TEST_NAME, test_failures);
        return 1;
    }
    tprintf("%s: PASS\n", TEST_NAME);
    return 0;
}

/* For tests written in assembly: asm_check(desc, got, exp) */
void asm_check(const char *desc, uint64_t got, uint64_t exp)
{
    if (got == exp)
        return;
    test_failures++;
    tprintf("FAIL %s: expected 0x%lx, got 0x%lx\n", desc, exp, got);
}
