#include "sim/cmdline.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim/cpu.h"
#include "sim/log.h"

#ifndef TRAPEZE_VERSION
#define TRAPEZE_VERSION "0.1"
#endif

static void usage(FILE *out)
{
    fprintf(out,
        "usage: trapeze [options]\n"
        "An AArch64 (ARMv8-A) EL0-EL2 simulator for hypervisor developers.\n"
        "Options are those of qemu-system-aarch64, with the same meaning:\n"
        "  -M, -machine virt[,virtualization=on|off][,gic-version=3]\n"
        "                       board (default with no -M: virt,virtualization=on,gic-version=3;\n"
        "                       with -M virt, virtualization defaults to off as in QEMU)\n"
        "  -cpu cortex-a57|cortex-a53|max   CPU model (default max)\n"
        "  -m SIZE              RAM size, in MiB or with a K/M/G suffix (default 128M)\n"
        "  -smp N               number of CPUs\n"
        "  -kernel FILE         ELF (entered at its entry point), arm64 Image or raw binary\n"
        "  -bios FILE           raw image for the flash at address 0, entered at 0\n"
        "  -append STRING       kernel command line (also the semihosting command line)\n"
        "  -initrd FILE         initial ramdisk, recorded in /chosen of the device tree\n"
        "  -dtb FILE            use this device tree blob instead of the generated one\n"
        "  -M virt,dumpdtb=FILE write the generated device tree to FILE and exit\n"
        "  -semihosting         enable Arm semihosting (HLT #0xF000)\n"
        "  -d ITEM[,ITEM]       log: int, in_asm, exec, cpu, unimp, guest_errors (-d help)\n"
        "  -D FILE              write the log to FILE instead of stderr\n"
        "  -device loader,file=F[,addr=A][,force-raw=on]\n"
        "  -device loader,addr=A,cpu-num=N\n"
        "  -device loader,addr=A,data=V,data-len=1|2|4|8\n"
        "  -device guest-loader,addr=A,kernel=F|initrd=F[,bootargs=S]   (Xen dom0 modules)\n"
        "  -nographic, -display none, -serial stdio, -nodefaults   accepted: the UART is stdio\n"
        "  -no-reboot           exit on a guest reset instead of restarting\n"
        "trapeze's own options:\n"
        "  --max-insns N        stop after N instructions with a register dump (exit status 2)\n"
        "  --stats              print the instruction count and speed on exit\n"
        "  --version, --help\n"
        "Exit status: the semihosting exit code; 0 after PSCI SYSTEM_OFF; 1 on an error.\n");
}

static int bad(const char *fmt, const char *a, const char *b)
{
    fprintf(stderr, "trapeze: ");
    fprintf(stderr, fmt, a, b);
    fprintf(stderr, "\n");
    return 1;
}

/* Parse an unsigned number (decimal, 0x hex) with nothing after it. */
static bool parse_u64(const char *s, uint64_t *v)
{
    char *end;
    if (!*s || *s == '-')
        return false;
    errno = 0;
    unsigned long long x = strtoull(s, &end, 0);
    if (errno || *end)
        return false;
    *v = x;
    return true;
}

static bool parse_size_mib(const char *s, uint64_t *bytes)
{
    char *end;
    if (!*s || *s == '-')
        return false;
    errno = 0;
    unsigned long long x = strtoull(s, &end, 10);
    if (errno || end == s)
        return false;
    unsigned shift = 20;
    if (*end) {
        switch (end[0]) {
        case 'k': case 'K': shift = 10; break;
        case 'm': case 'M': shift = 20; break;
        case 'g': case 'G': shift = 30; break;
        default: return false;
        }
        if (end[1] && !(end[1] == 'B' && !end[2]) && !(end[1] == 'i' && end[2] == 'B' && !end[3]))
            return false;
    }
    if (x == 0 || x > (1ull << (39 - shift)))
        return false;
    *bytes = x << shift;
    return true;
}

/* Split "a=b,c=d" property lists in place; returns false on a malformed item. */
static bool next_prop(char **cursor, char **key, char **val)
{
    char *s = *cursor;
    if (!s || !*s)
        return false;
    char *comma = strchr(s, ',');
    if (comma) {
        *comma = 0;
        *cursor = comma + 1;
    } else {
        *cursor = NULL;
    }
    *key = s;
    char *eq = strchr(s, '=');
    if (eq) {
        *eq = 0;
        *val = eq + 1;
    } else {
        *val = NULL;
    }
    return true;
}

static bool on_off(const char *v, bool *out)
{
    if (!v)
        return false;
    if (!strcmp(v, "on") || !strcmp(v, "true") || !strcmp(v, "yes")) {
        *out = true;
        return true;
    }
    if (!strcmp(v, "off") || !strcmp(v, "false") || !strcmp(v, "no")) {
        *out = false;
        return true;
    }
    return false;
}

static int parse_machine(char *arg, Options *o)
{
    char *cur = arg, *k, *v;
    if (!next_prop(&cur, &k, &v) || v) {
        if (v && !strcmp(k, "type"))
            k = v;
        else
            return bad("-M: expected a machine name first, got '%s'%s", arg, "");
    }
    if (!strcmp(k, "help")) {
        printf("Supported machines are:\nvirt                 QEMU virt-compatible board\n");
        return 0;
    }
    if (strcmp(k, "virt"))
        return bad("-M: machine '%s' is not supported (only 'virt')%s", k, "");
    o->virtualization = false;      /* QEMU's default for -M virt */
    while (next_prop(&cur, &k, &v)) {
        if (!strcmp(k, "virtualization")) {
            if (!on_off(v, &o->virtualization))
                return bad("-M virt: virtualization=%s: expected on or off%s", v ? v : "", "");
        } else if (!strcmp(k, "gic-version")) {
            if (!v || strcmp(v, "3"))
                return bad("-M virt: gic-version=%s is not supported (only 3)%s", v ? v : "", "");
        } else if (!strcmp(k, "dumpdtb")) {
            if (!v || !*v)
                return bad("-M virt: dumpdtb needs a file name%s%s", "", "");
            o->dumpdtb = v;
        } else if (!strcmp(k, "secure")) {
            bool on;
            if (!on_off(v, &on) || on)
                return bad("-M virt: secure=%s is not supported: EL3 is not modelled%s", v ? v : "", "");
        } else {
            return bad("-M virt: property '%s' is not supported%s", k, "");
        }
    }
    return -1;
}

/* -cpu NAME[,prop=on|off]... */
static int parse_cpu(char *arg, Options *o)
{
    char *cur = arg, *k, *v;
    if (!arg || !next_prop(&cur, &k, &v) || v)
        return bad("-cpu: expected a CPU model name first%s%s", "", "");
    const CPUModel *m = cpu_model_find(k);
    if (!m)
        return bad("-cpu %s: unknown CPU model (cortex-a57, cortex-a53 or max)%s", k, "");
    o->cpu = k;
    o->cpu_model = *m;
    while (next_prop(&cur, &k, &v)) {
        bool on;
        char err[128];
        if (!on_off(v, &on))
            return bad("-cpu: property '%s' needs =on or =off%s", k, "");
        if (!cpu_model_set_property(&o->cpu_model, k, on, err, sizeof err))
            return bad("-cpu: %s%s", err, "");
    }
    return -1;
}

/* -device guest-loader,addr=A,kernel=F|initrd=F[,bootargs=S] */
static int parse_guest_loader(char *cur, LoaderSpec *l)
{
    char *k, *v;
    bool have_addr = false;
    l->kind = LOADER_GUEST;
    while (next_prop(&cur, &k, &v)) {
        if (!v)
            return bad("-device guest-loader: property '%s' needs a value%s", k, "");
        if (!strcmp(k, "addr")) {
            if (!parse_u64(v, &l->addr))
                return bad("-device guest-loader: addr=%s is not a number%s", v, "");
            have_addr = true;
        } else if (!strcmp(k, "kernel") || !strcmp(k, "initrd")) {
            if (l->file)
                return bad("-device guest-loader: give kernel= or initrd=, not both%s%s", "", "");
            l->file = v;
            l->guest_kernel = !strcmp(k, "kernel");
        } else if (!strcmp(k, "bootargs")) {
            l->bootargs = v;
        } else {
            return bad("-device guest-loader: property '%s' is not supported%s", k, "");
        }
    }
    if (!have_addr || !l->file)
        return bad("-device guest-loader: needs addr= and kernel= or initrd=%s%s", "", "");
    if (l->bootargs && !l->guest_kernel)
        return bad("-device guest-loader: bootargs= goes with kernel=, not initrd=%s%s", "", "");
    return -1;
}

static int parse_device(char *arg, Options *o)
{
    char *cur = arg, *k, *v;
    if (!next_prop(&cur, &k, &v) || v || (strcmp(k, "loader") && strcmp(k, "guest-loader")))
        return bad("-device %s: only the 'loader' and 'guest-loader' devices are supported%s",
                   arg, "");
    if (o->nloaders == MAX_LOADERS)
        return bad("-device %s: more than 16 loaders%s", k, "");
    LoaderSpec *l = &o->loaders[o->nloaders];
    memset(l, 0, sizeof *l);
    if (!strcmp(k, "guest-loader")) {
        int r = parse_guest_loader(cur, l);
        if (r < 0)
            o->nloaders++;
        return r;
    }
    bool have_addr = false, have_cpu = false, have_data = false, have_len = false;
    while (next_prop(&cur, &k, &v)) {
        if (!v)
            return bad("-device loader: property '%s' needs a value%s", k, "");
        if (!strcmp(k, "file")) {
            l->file = v;
        } else if (!strcmp(k, "addr")) {
            if (!parse_u64(v, &l->addr))
                return bad("-device loader: addr=%s is not a number%s", v, "");
            have_addr = true;
        } else if (!strcmp(k, "force-raw")) {
            if (!on_off(v, &l->force_raw))
                return bad("-device loader: force-raw=%s: expected on or off%s", v, "");
        } else if (!strcmp(k, "cpu-num")) {
            uint64_t n;
            if (!parse_u64(v, &n) || n >= 8)
                return bad("-device loader: cpu-num=%s is not a CPU index%s", v, "");
            l->cpu_num = (int)n;
            have_cpu = true;
        } else if (!strcmp(k, "data")) {
            if (!parse_u64(v, &l->data))
                return bad("-device loader: data=%s is not a number%s", v, "");
            have_data = true;
        } else if (!strcmp(k, "data-len")) {
            uint64_t n;
            if (!parse_u64(v, &n) || (n != 1 && n != 2 && n != 4 && n != 8))
                return bad("-device loader: data-len=%s must be 1, 2, 4 or 8%s", v, "");
            l->data_len = (unsigned)n;
            have_len = true;
        } else {
            return bad("-device loader: property '%s' is not supported%s", k, "");
        }
    }
    if (l->file) {
        if (have_data || have_len)
            return bad("-device loader: file= cannot be combined with data=%s%s", "", "");
        l->kind = LOADER_FILE;
        if (l->force_raw && !have_addr)
            return bad("-device loader: force-raw=on needs addr=%s%s", "", "");
    } else if (have_data) {
        if (!have_addr || !have_len)
            return bad("-device loader: data= needs addr= and data-len=%s%s", "", "");
        l->kind = LOADER_DATA;
    } else if (have_addr && have_cpu) {
        l->kind = LOADER_CPU_PC;
    } else {
        return bad("-device loader: give file=, data= with data-len=, or addr= with cpu-num=%s%s", "", "");
    }
    o->nloaders++;
    return -1;
}

/* A copy of an argument to parse in place; Options keeps it (the parsed
   fields point into it) until cmdline_free(). */
static char *own_copy(Options *o, const char *arg)
{
    if (o->nowned == (int)(sizeof o->owned / sizeof o->owned[0]))
        return NULL;
    char *c = strdup(arg);
    if (c)
        o->owned[o->nowned++] = c;
    return c;
}

void cmdline_free(Options *o)
{
    for (int i = 0; i < o->nowned; i++)
        free(o->owned[i]);
    o->nowned = 0;
}

int cmdline_parse(int argc, char **argv, Options *o)
{
    memset(o, 0, sizeof *o);
    o->virtualization = true;       /* no -M: virt,virtualization=on,gic-version=3 */
    o->cpu = "max";
    o->cpu_model = *cpu_model_find("max");
    o->ram_size = 128ull << 20;
    o->smp = 1;
    for (int i = 1; i < argc; i++) {
        const char *opt = argv[i];
        if (opt[0] == '-' && opt[1] == '-' && opt[2])
            opt++;                  /* --foo is -foo, as in QEMU */
        const char *arg = i + 1 < argc ? argv[i + 1] : NULL;
#define NEED_ARG()                                                        \
        do {                                                              \
            if (!arg)                                                     \
                return bad("option '%s' needs an argument%s", argv[i], ""); \
            i++;                                                          \
        } while (0)
        if (!strcmp(opt, "-help") || !strcmp(opt, "-h")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(opt, "-version")) {
            printf("trapeze version %s (qemu-system-aarch64 compatible command line)\n",
                   TRAPEZE_VERSION);
            return 0;
        } else if (!strcmp(opt, "-M") || !strcmp(opt, "-machine")) {
            NEED_ARG();
            char *copy = own_copy(o, arg);
            int r = copy ? parse_machine(copy, o) : bad("out of memory%s%s", "", "");
            if (r >= 0)
                return r;
        } else if (!strcmp(opt, "-cpu")) {
            NEED_ARG();
            if (!strcmp(arg, "help")) {
                printf("Available CPUs:\n  cortex-a53\n  cortex-a57\n  max\n"
                       "Properties: x-fp=off (no FP/SIMD, no crypto), "
                       "pauth=off, sve=off, mte=off, sme=off, lpa2=off\n");
                return 0;
            }
            int r = parse_cpu(own_copy(o, arg), o);
            if (r >= 0)
                return r;
        } else if (!strcmp(opt, "-m")) {
            NEED_ARG();
            const char *s = !strncmp(arg, "size=", 5) ? arg + 5 : arg;
            if (!parse_size_mib(s, &o->ram_size))
                return bad("-m %s: not a valid RAM size (for example 512, 512M, 2G; at most 512G)%s", arg, "");
        } else if (!strcmp(opt, "-smp")) {
            NEED_ARG();
            const char *s = !strncmp(arg, "cpus=", 5) ? arg + 5 : arg;
            uint64_t n;
            if (!parse_u64(s, &n) || n < 1 || n > 8)
                return bad("-smp %s: the number of CPUs must be 1 to 8%s", arg, "");
            o->smp = (int)n;
        } else if (!strcmp(opt, "-kernel")) {
            NEED_ARG();
            o->kernel = arg;
        } else if (!strcmp(opt, "-bios")) {
            NEED_ARG();
            o->bios = arg;
        } else if (!strcmp(opt, "-initrd")) {
            NEED_ARG();
            o->initrd = arg;
        } else if (!strcmp(opt, "-dtb")) {
            NEED_ARG();
            o->dtb = arg;
        } else if (!strcmp(opt, "-append")) {
            NEED_ARG();
            o->append = arg;
        } else if (!strcmp(opt, "-nographic") || !strcmp(opt, "-nodefaults") ||
                   !strcmp(opt, "-no-reboot")) {
            if (!strcmp(opt, "-no-reboot"))
                o->no_reboot = true;
        } else if (!strcmp(opt, "-display")) {
            NEED_ARG();
            if (strcmp(arg, "none"))
                return bad("-display %s: only 'none' is supported%s", arg, "");
        } else if (!strcmp(opt, "-serial")) {
            NEED_ARG();
            if (strcmp(arg, "stdio") && strcmp(arg, "mon:stdio"))
                return bad("-serial %s: only 'stdio' is supported%s", arg, "");
        } else if (!strcmp(opt, "-semihosting")) {
            o->semihosting = true;
        } else if (!strcmp(opt, "-d")) {
            NEED_ARG();
            if (!strcmp(arg, "help")) {
                log_help(stdout);
                return 0;
            }
            const char *item;
            if (!log_parse_mask(arg, &o->log_mask, &item))
                return bad("-d: unknown log item '%s' (see -d help)%s", item, "");
        } else if (!strcmp(opt, "-D")) {
            NEED_ARG();
            o->log_file = arg;
        } else if (!strcmp(opt, "-device")) {
            NEED_ARG();
            char *copy = own_copy(o, arg);
            int r = copy ? parse_device(copy, o) : bad("out of memory%s%s", "", "");
            if (r >= 0)
                return r;
        } else if (!strcmp(opt, "-stats")) {
            o->stats = true;
        } else if (!strcmp(opt, "-max-insns")) {
            NEED_ARG();
            if (!parse_u64(arg, &o->max_insns) || o->max_insns == 0)
                return bad("--max-insns %s: expected a positive number%s", arg, "");
        } else {
            return bad("option '%s' is not supported%s", argv[i], "");
        }
#undef NEED_ARG
    }
    if (o->initrd && !o->kernel)
        return bad("-initrd needs -kernel, as in QEMU%s%s", "", "");
    if (!o->kernel && !o->bios && o->nloaders == 0 && !o->dumpdtb)
        return bad("nothing to run: give -kernel FILE, -bios FILE or -device loader,...%s%s", "", "");
    return -1;
}
