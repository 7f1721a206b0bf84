/* Semihosting SYS_GET_CMDLINE (0x15): X1 points to {buffer, length}; the
 * command line (here the image's name, since there is no -append) is written
 * NUL-terminated and the length updated; a buffer too short gives -1.
 * SYS_HEAPINFO (0x16): X1 points to a pointer to four words {heap base, heap
 * limit, stack base, stack limit}, which must describe RAM above this image. */
#include "test.h"

#define SEMI_SYS_GET_CMDLINE 0x15
#define SEMI_SYS_HEAPINFO 0x16

extern char _end[];

static size_t length(const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

int main(void)
{
    static char buf[256];
    static uint64_t block[2];
    block[0] = (uint64_t)buf;
    block[1] = sizeof buf;
    CHECK_EQM("SYS_GET_CMDLINE result", semi_call(SEMI_SYS_GET_CMDLINE, (uint64_t)block), 0);
    size_t n = length(buf);
    CHECK_EQM("length written back", block[1], n);
    CHECK(n > 4 && buf[n - 4] == '.' && buf[n - 3] == 'e' && buf[n - 2] == 'l' && buf[n - 1] == 'f');

    static char tiny[4];
    block[0] = (uint64_t)tiny;
    block[1] = sizeof tiny;
    CHECK_EQM("SYS_GET_CMDLINE into a short buffer", semi_call(SEMI_SYS_GET_CMDLINE, (uint64_t)block),
              (uint64_t)-1);

    static uint64_t info[4];
    static uint64_t *pinfo = info;
    CHECK_EQM("SYS_HEAPINFO result", semi_call(SEMI_SYS_HEAPINFO, (uint64_t)&pinfo), 0);
    uint64_t ram = 0x40000000, ram_end = ram + 256 * 1024 * 1024;   /* -m 256 or more */
    tprintf("heap 0x%lx..0x%lx stack 0x%lx..0x%lx\n", info[0], info[1], info[2], info[3]);
    CHECK(info[0] >= ram && info[0] < info[1]);
    CHECK(info[3] < info[2] && info[2] <= ram_end + 0x40000000ull);
    CHECK(info[1] <= info[2]);
    CHECK(info[2] > (uint64_t)_end);
    return test_done();
}
