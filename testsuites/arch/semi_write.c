/* Semihosting output (Arm semihosting 2.0): SYS_WRITE0 (0x04), SYS_WRITEC (0x03), and
 * SYS_OPEN(":tt", "w") + SYS_WRITE (0x05), which returns the number of bytes NOT
 * written (0). Also the PL011 UART (flag register readable, TXFF clears). The text
 * printed is "semihosting: write0 ok", "semihosting: writec ok", "semihosting: write
 * ok" and "uart: ok". */
#include "test.h"

int main(void)
{
    semi_write0("semihosting: write0 ok\n");
    const char *s = "semihosting: writec ok\n";
    while (*s)
        semi_writec(*s++);

    static const char tt[] = ":tt";
    static volatile uint64_t open_args[3];
    open_args[0] = (uint64_t)tt;
    open_args[1] = 4;               /* mode "w" */
    open_args[2] = 3;               /* strlen(":tt") */
    uint64_t h = semi_call(SEMI_SYS_OPEN, (uint64_t)open_args);
    CHECKM("SYS_OPEN(\":tt\", w) returns a handle", (int64_t)h >= 0);

    static const char msg[] = "semihosting: write ok\n";
    static volatile uint64_t write_args[3];
    write_args[0] = h;
    write_args[1] = (uint64_t)msg;
    write_args[2] = sizeof msg - 1;
    CHECK_EQM("SYS_WRITE: bytes not written", semi_call(SEMI_SYS_WRITE, (uint64_t)write_args), 0);

    volatile uint32_t *fr = (volatile uint32_t *)(UART_BASE + 0x18);
    (void)*fr;
    uart_puts("uart: ok\n");
    int spins = 0;
    while ((*fr & (1u << 5)) && spins < 1000000)
        spins++;
    CHECKM("PL011 TXFF clears", !(*fr & (1u << 5)));
    return test_done();
}
