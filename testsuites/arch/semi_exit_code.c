/* Semihosting SYS_EXIT (0x18) with an exit code: on AArch64, X1 points to
 * {ADP_Stopped_ApplicationExit (0x20026), code} and the simulator exits with code.
 * This program exits with 42, so it passes when the exit status is 42.
 * EXPECT_EXIT: 42 */
#include "test.h"

int main(void)
{
    semi_write0("semi_exit_code: exiting with 42\n");
    semi_exit(42);
    semi_write0("semi_exit_code: FAIL (SYS_EXIT returned)\n");
    return 1;
}
