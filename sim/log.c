#include "sim/log.h"

#include <signal.h>
#include <stdarg.h>
#include <string.h>

#include "sim/bits.h"

unsigned log_mask;
FILE *log_file;

static const struct {
    const char *name;
    unsigned mask;
    const char *help;
} categories[] = {
    { "int", LOG_INT, "show exceptions taken and exception returns, with the decoded syndrome" },
    { "in_asm", LOG_IN_ASM, "show guest instructions as they are decoded" },
    { "exec", LOG_EXEC, "show every instruction executed" },
    { "cpu", LOG_CPU, "show the registers before every instruction (with exec)" },
    { "unimp", LOG_UNIMP, "log unimplemented functionality" },
    { "guest_errors", LOG_GUEST_ERROR, "log when the guest accesses invalid addresses or registers" },
};

bool log_parse_mask(const char *list, unsigned *mask, const char **bad)
{
    static char item[64];
    unsigned m = 0;
    while (*list) {
        size_t n = strcspn(list, ",");
        if (n >= sizeof item)
            n = sizeof item - 1;
        memcpy(item, list, n);
        item[n] = 0;
        bool found = false;
        for (size_t i = 0; i < sizeof categories / sizeof categories[0]; i++) {
            if (!strcmp(item, categories[i].name)) {
                m |= categories[i].mask;
                found = true;
            }
        }
        if (!found) {
            *bad = item;
            return false;
        }
        list += strcspn(list, ",");
        if (*list == ',')
            list++;
    }
    *mask = m;
    return true;
}

void log_help(FILE *out)
{
    fprintf(out, "Log items (comma separated):\n");
    for (size_t i = 0; i < sizeof categories / sizeof categories[0]; i++)
        fprintf(out, "%-15s %s\n", categories[i].name, categories[i].help);
}

/* A run is often ended by Ctrl-C or timeout(1) (a guest that hangs is when
   the log matters most): the buffered end of the log file is written before
   the signal takes its default course.  fflush is not async-signal-safe;
   the run loop is single-threaded and this is the last thing the process
   does. */
static void flush_log_and_die(int sig)
{
    if (log_file)
        fflush(log_file);
    signal(sig, SIG_DFL);
    raise(sig);
}

bool log_open(const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return false;
    log_file = f;
    signal(SIGINT, flush_log_and_die);
    signal(SIGTERM, flush_log_and_die);
    signal(SIGHUP, flush_log_and_die);
    return true;
}

void log_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(log_file ? log_file : stderr, fmt, ap);
    va_end(ap);
}
