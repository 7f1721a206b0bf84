/* Arm semihosting (IHI 0098 "Semihosting for AArch32 and AArch64"), invoked
   by HLT #0xF000 when -semihosting is given.  W0 is the operation, X1 the
   parameter; the result goes to X0.  Guest memory is read with debug
   accesses, so a bad pointer is an error result, never a host crash. */
#include <stdlib.h>
#include <string.h>

#include "mmu/mmu.h"
#include "sim/board/board.h"
#include "sim/log.h"
#include "timer/timer.h"

enum {
    SYS_OPEN = 0x01, SYS_CLOSE = 0x02, SYS_WRITEC = 0x03, SYS_WRITE0 = 0x04, SYS_WRITE = 0x05,
    SYS_READC = 0x07, SYS_ISTTY = 0x09, SYS_CLOCK = 0x10, SYS_ERRNO = 0x13,
    SYS_GET_CMDLINE = 0x15, SYS_HEAPINFO = 0x16, SYS_EXIT = 0x18, SYS_EXIT_EXTENDED = 0x20,
    SYS_ELAPSED = 0x30, SYS_TICKFREQ = 0x31,
};
enum { ADP_Stopped_ApplicationExit = 0x20026 };
enum { HANDLE_STDIN = 1, HANDLE_STDOUT = 2, HANDLE_STDERR = 3 };

/* Semihosting console output goes to stderr, as in QEMU without a chardev. */
static FILE *console(void)
{
    return stderr;
}

static bool read_words(CPUState *cpu, uint64_t addr, uint64_t *w, unsigned n)
{
    return mem_debug_read(cpu, addr, w, 8 * n);
}

static int64_t sys_write0(CPUState *cpu, uint64_t addr)
{
    char c;
    for (uint64_t i = 0; i < (1u << 20); i++) {
        if (!mem_debug_read(cpu, addr + i, &c, 1))
            return -1;
        if (!c)
            break;
        fputc(c, console());
    }
    fflush(console());
    return 0;
}

/* Returns the number of bytes NOT written, as the specification says. */
static int64_t sys_write(CPUState *cpu, uint64_t param)
{
    uint64_t a[3];
    if (!read_words(cpu, param, a, 3))
        return -1;
    FILE *f = a[0] == HANDLE_STDOUT ? stdout : a[0] == HANDLE_STDERR ? stderr : NULL;
    if (!f)
        return (int64_t)a[2];
    char buf[256];
    for (uint64_t done = 0; done < a[2];) {
        uint64_t n = a[2] - done < sizeof buf ? a[2] - done : sizeof buf;
        if (!mem_debug_read(cpu, a[1] + done, buf, n))
            return (int64_t)(a[2] - done);
        fwrite(buf, 1, n, f);
        done += n;
    }
    fflush(f);
    return 0;
}

static int64_t sys_open(CPUState *cpu, uint64_t param)
{
    uint64_t a[3];
    char name[8] = { 0 };
    if (!read_words(cpu, param, a, 3) || a[2] != 3 || !mem_debug_read(cpu, a[0], name, 3))
        return -1;
    if (strcmp(name, ":tt"))
        return -1;                      /* no host file access */
    return a[1] < 4 ? HANDLE_STDIN : a[1] < 8 ? HANDLE_STDOUT : HANDLE_STDERR;
}

static int64_t sys_get_cmdline(CPUState *cpu, uint64_t param)
{
    uint64_t a[2];
    const char *cmd = cpu->board->cfg.semihosting_cmdline ? cpu->board->cfg.semihosting_cmdline : "";
    size_t len = strlen(cmd);
    if (!read_words(cpu, param, a, 2) || a[1] < len + 1)
        return -1;
    if (!mem_debug_write(cpu, a[0], cmd, len + 1))
        return -1;
    uint64_t newlen = len;
    return mem_debug_write(cpu, param + 8, &newlen, 8) ? 0 : -1;
}

static int64_t sys_heapinfo(CPUState *cpu, uint64_t param)
{
    uint64_t block;
    Board *b = cpu->board;
    uint64_t info[4] = { b->heap_base, b->heap_limit, b->stack_base, b->stack_limit };
    if (!read_words(cpu, param, &block, 1) || !mem_debug_write(cpu, block, info, sizeof info))
        return -1;
    return 0;
}

static _Noreturn void sys_exit(CPUState *cpu, uint64_t param)
{
    uint64_t a[2];
    int code = 1;
    if (read_words(cpu, param, a, 2) && a[0] == ADP_Stopped_ApplicationExit)
        code = (int)a[1];
    cpu->exit_code = code;
    cpu->pc += 4;
    cpu_stop(cpu, STOP_EXIT);
}

void semihosting_call(CPUState *cpu)
{
    uint32_t op = (uint32_t)cpu->x[0];
    uint64_t param = cpu->x[1];
    int64_t ret;
    switch (op) {
    case SYS_WRITEC: {
        char c;
        ret = mem_debug_read(cpu, param, &c, 1) ? (fputc(c, console()), 0) : -1;
        fflush(console());
        break;
    }
    case SYS_WRITE0: ret = sys_write0(cpu, param); break;
    case SYS_WRITE: ret = sys_write(cpu, param); break;
    case SYS_OPEN: ret = sys_open(cpu, param); break;
    case SYS_CLOSE: ret = 0; break;
    case SYS_ISTTY: ret = 1; break;
    case SYS_READC: ret = -1; break;    /* no semihosting console input */
    case SYS_ERRNO: ret = 0; break;
    case SYS_CLOCK: ret = (int64_t)(cpu->icount / 10000000); break;   /* centiseconds at 1 GHz */
    case SYS_ELAPSED: {
        uint64_t t = cpu->icount;
        ret = mem_debug_write(cpu, param, &t, 8) ? 0 : -1;
        break;
    }
    case SYS_TICKFREQ: ret = 1000000000; break;
    case SYS_GET_CMDLINE: ret = sys_get_cmdline(cpu, param); break;
    case SYS_HEAPINFO: ret = sys_heapinfo(cpu, param); break;
    case SYS_EXIT:
    case SYS_EXIT_EXTENDED:
        sys_exit(cpu, param);
    default:
        if (log_enabled(LOG_UNIMP))
            log_printf("semihosting: operation 0x%x not implemented\n", op);
        ret = -1;
        break;
    }
    cpu->x[0] = (uint64_t)ret;
}
