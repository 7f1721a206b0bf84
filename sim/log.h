/* -d log categories and -D log file, as qemu-system-aarch64 has them. */
#ifndef TRAPEZE_LOG_H
#define TRAPEZE_LOG_H

#include <stdbool.h>
#include <stdio.h>

enum {
    LOG_INT = 1u << 0,          /* exceptions taken and returned from */
    LOG_IN_ASM = 1u << 1,       /* instructions as they are decoded */
    LOG_EXEC = 1u << 2,         /* every instruction executed, with PC */
    LOG_UNIMP = 1u << 3,        /* unimplemented features used by the guest */
    LOG_GUEST_ERROR = 1u << 4,  /* guest did something odd: wild MMIO, ... */
    LOG_CPU = 1u << 5,          /* register dump with every exec line */
};

extern unsigned log_mask;
extern FILE *log_file;

/* Parse a comma-separated category list ("int,in_asm"); false on an unknown name,
   which is written to *bad. */
bool log_parse_mask(const char *list, unsigned *mask, const char **bad);
void log_help(FILE *out);
bool log_open(const char *path);

#define log_enabled(cat) (unlikely(log_mask & (cat)))
void log_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
