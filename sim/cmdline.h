/* The command line: the common subset of qemu-system-aarch64's options,
   with the same meanings, plus trapeze's own (--max-insns, --version). */
#ifndef TRAPEZE_CMDLINE_H
#define TRAPEZE_CMDLINE_H

#include <stdbool.h>
#include <stdint.h>

#include "sim/cpu.h"

enum { MAX_LOADERS = 16 };

/* LOADER_GUEST: -device guest-loader (hw/core/guest-loader.c): a raw file at
   addr, described by a /chosen/module@ node. */
typedef enum { LOADER_FILE, LOADER_CPU_PC, LOADER_DATA, LOADER_GUEST } LoaderKind;

typedef struct LoaderSpec {
    LoaderKind kind;
    const char *file;
    uint64_t addr;
    bool force_raw;
    int cpu_num;
    uint64_t data;
    unsigned data_len;
    bool guest_kernel;          /* LOADER_GUEST: kernel= (else initrd=) */
    const char *bootargs;       /* LOADER_GUEST: bootargs=, or NULL */
} LoaderSpec;

typedef struct Options {
    bool virtualization;
    const char *cpu;
    CPUModel cpu_model;         /* the named model with its -cpu properties */
    uint64_t ram_size;
    int smp;
    const char *kernel, *bios, *append, *initrd, *dtb;
    const char *dumpdtb;        /* -M virt,dumpdtb=FILE: write the DTB there and exit */
    bool semihosting;
    bool no_reboot;
    unsigned log_mask;
    const char *log_file;
    uint64_t max_insns;
    bool stats;
    LoaderSpec loaders[MAX_LOADERS];
    int nloaders;
    char *owned[2 * MAX_LOADERS + 8];   /* copies of arguments parsed in place */
    int nowned;
} Options;

/* Returns -1 to go on and run, or an exit status (0 after --help or
   --version, 1 after printing one line naming a bad option). */
int cmdline_parse(int argc, char **argv, Options *o);
/* Free what cmdline_parse allocated. */
void cmdline_free(Options *o);

#endif
