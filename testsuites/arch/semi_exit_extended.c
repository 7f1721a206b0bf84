/* Semihosting SYS_EXIT_EXTENDED (0x20): X1 points to {reason, code}; with
 * ADP_Stopped_ApplicationExit the simulator exits with code.
 * EXPECT_EXIT: 7 */
#include "test.h"

#define SEMI_SYS_EXIT_EXTENDED 0x20

int main(void)
{
    static uint64_t block[2] = { 0x20026, 7 };
    semi_call(SEMI_SYS_EXIT_EXTENDED, (uint64_t)block);
    semi_write0("semi_exit_extended: FAIL (SYS_EXIT_EXTENDED returned)\n");
    return 1;
}
