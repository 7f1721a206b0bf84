/* trapeze: build the board from the command line, load the images, run. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "gic/gic.h"
#include "mmu/mmu.h"
#include "sim/board/board.h"
#include "sim/board/fdt.h"
#include "sim/board/loader.h"
#include "sim/cmdline.h"
#include "sim/log.h"
#include "sim/smp.h"

enum { EXIT_ERROR = 1, EXIT_INSN_LIMIT = 2 };

#define MiB (1ull << 20)
enum { MAX_RANGES = MAX_LOADERS + 4 };
_Static_assert((int)FDT_MAX_MODULES >= (int)MAX_LOADERS, "every -device guest-loader needs a /chosen module slot");

/* What was written to guest RAM, so that the DTB never lands on it. */
typedef struct Ranges {
    uint64_t lo[MAX_RANGES], hi[MAX_RANGES];
    int n;
} Ranges;

static void ranges_add(Ranges *r, uint64_t lo, uint64_t hi)
{
    if (r->n < MAX_RANGES && lo < hi) {
        r->lo[r->n] = lo;
        r->hi[r->n++] = hi;
    }
}

static bool ranges_overlap(const Ranges *r, uint64_t lo, uint64_t hi)
{
    for (int i = 0; i < r->n; i++)
        if (lo < r->hi[i] && r->lo[i] < hi)
            return true;
    return false;
}

static uint64_t align_up(uint64_t v, uint64_t a) { return (v + a - 1) & ~(a - 1); }

/* The device tree (generated, or -dtb) placed as hw/arm/boot.c does:
   after the initrd, 2 MiB aligned, for a Linux Image or raw kernel (x0
   points at it); at the start of RAM for an ELF kernel, -bios or loaders
   only, when nothing was loaded there (x0 stays 0, as in QEMU). */
static bool place_dtb(Board *b, const Options *o, const FdtChosen *chosen, const Ranges *used,
                      bool is_linux, uint64_t after)
{
    size_t size;
    void *fdt = o->dtb ? fdt_load_file(o->dtb, chosen, &size) : fdt_build_virt(b, chosen, &size);
    if (!fdt)
        return false;
    if (o->dumpdtb) {
        bool ok = fdt_dump(o->dumpdtb, fdt, size);
        free(fdt);
        if (ok)
            fprintf(stderr, "trapeze: dtb dumped to %s. Exiting.\n", o->dumpdtb);
        exit(ok ? 0 : 1);
    }
    uint64_t ram_end = VIRT_RAM_BASE + b->ram.size;
    bool ok = true;
    if (is_linux) {
        uint64_t at = align_up(after, 2 * MiB);
        if (at >= ram_end || size > ram_end - at) {
            fprintf(stderr, "trapeze: not enough RAM for the device tree after the kernel and "
                    "initrd (%zu bytes at 0x%llx; -m is %llu MiB)\n", size,
                    (unsigned long long)at, (unsigned long long)(b->ram.size >> 20));
            ok = false;
        } else {
            board_load(b, at, fdt, size);
            b->cpus[0]->x[0] = at;      /* booting.rst: x0 = DTB, x1 = x2 = x3 = 0 */
        }
    } else if (!ranges_overlap(used, VIRT_RAM_BASE, VIRT_RAM_BASE + size)) {
        board_load(b, VIRT_RAM_BASE, fdt, size);
    }
    free(fdt);
    return ok;
}

/* Load every image and set the entry state, as QEMU's virt boot does
   (hw/arm/boot.c arm_setup_direct_kernel_boot). */
static bool load_images(Board *b, const Options *o)
{
    CPUState *cpu0 = b->cpus[0];
    LoadedImage img;
    uint64_t entry = VIRT_FLASH_BASE, top = VIRT_RAM_BASE;
    Ranges used = { .n = 0 };
    FdtChosen chosen = { .bootargs = o->append };
    bool is_linux = false;
    uint64_t after = VIRT_RAM_BASE;     /* where the Linux DTB may start */
    if (o->bios) {
        if (!loader_load_raw(b, o->bios, VIRT_FLASH_BASE, &img))
            return false;
    }
    if (o->kernel) {
        if (!loader_load_kernel(b, o->kernel, &img))
            return false;
        if (!o->bios)
            entry = img.entry;
        top = img.high;
        ranges_add(&used, img.low, img.high);
        is_linux = img.is_linux && !o->bios;
        /* The initrd goes at RAM + min(RAM / 2, 128 MiB), or after the kernel
           if that is higher, page aligned; the DTB after it. */
        uint64_t half = b->ram.size / 2 < 128 * MiB ? b->ram.size / 2 : 128 * MiB;
        uint64_t initrd = VIRT_RAM_BASE + half;
        if (img.high > initrd)
            initrd = img.high;
        initrd = align_up(initrd, 0x1000);
        after = initrd;
        if (o->initrd) {
            LoadedImage rd;
            if (!loader_load_raw(b, o->initrd, initrd, &rd))
                return false;
            chosen.has_initrd = true;
            chosen.initrd_start = rd.low;
            chosen.initrd_end = rd.high;
            after = rd.high;
            ranges_add(&used, rd.low, rd.high);
            if (rd.high > top)
                top = rd.high;
        }
    }
    for (int i = 0; i < b->ncpus; i++)
        b->cpus[i]->pc = entry;
    for (int i = 0; i < o->nloaders; i++) {
        const LoaderSpec *l = &o->loaders[i];
        switch (l->kind) {
        case LOADER_FILE:
            if (!loader_load_elf_or_raw(b, l->file, l->addr, l->force_raw, &img))
                return false;
            /* An ELF loaded this way sets the entry of CPU 0 (QEMU's generic loader). */
            if (!l->force_raw && img.entry != l->addr && !o->kernel && !o->bios)
                cpu0->pc = img.entry;
            if (img.high > top)
                top = img.high;
            ranges_add(&used, img.low, img.high);
            break;
        case LOADER_GUEST: {
            if (!loader_load_raw(b, l->file, l->addr, &img))
                return false;
            FdtModule *m = &chosen.modules[chosen.nmodules++];
            *m = (FdtModule){ .addr = l->addr, .size = img.high - img.low,
                              .is_kernel = l->guest_kernel, .bootargs = l->bootargs };
            ranges_add(&used, img.low, img.high);
            break;
        }
        case LOADER_CPU_PC:
            if (l->cpu_num >= b->ncpus) {
                fprintf(stderr, "trapeze: -device loader: cpu-num=%d but there are %d CPUs\n",
                        l->cpu_num, b->ncpus);
                return false;
            }
            b->cpus[l->cpu_num]->pc = l->addr;
            break;
        case LOADER_DATA:
            if (!board_load(b, l->addr, &l->data, l->data_len)) {
                fprintf(stderr, "trapeze: -device loader: data at 0x%llx is outside RAM and flash\n",
                        (unsigned long long)l->addr);
                return false;
            }
            ranges_add(&used, l->addr, l->addr + l->data_len);
            break;
        }
    }
    if (!place_dtb(b, o, &chosen, &used, is_linux, after))
        return false;
    /* SYS_HEAPINFO: the heap after the image, the stack at the top of RAM. */
    uint64_t ram_end = VIRT_RAM_BASE + b->ram.size;
    b->heap_base = (top + 0xfff) & ~0xfffull;
    b->stack_base = ram_end;
    b->stack_limit = ram_end - (ram_end - b->heap_base) / 4;
    b->heap_limit = b->stack_limit;
    return true;
}

/* Build the board and its CPUs from the options; NULL after printing why. */
static Board *build_board(const Options *o, const char *cmdline)
{
    BoardConfig cfg = {
        .ram_size = o->ram_size, .smp = o->smp, .virtualization = o->virtualization,
        .cpu_model = &o->cpu_model, .semihosting = o->semihosting,
        .semihosting_cmdline = cmdline, .max_insns = o->max_insns,
    };
    Board *b = board_create(&cfg);
    if (!b) {
        fprintf(stderr, "trapeze: cannot allocate %llu MiB of guest RAM\n",
                (unsigned long long)(o->ram_size >> 20));
        return NULL;
    }
    b->uart = pl011_create(b, VIRT_UART_BASE, stdout, STDIN_FILENO);
    b->input_fd = STDIN_FILENO;
    for (int i = 0; i < o->smp; i++) {
        CPUState *cpu = malloc(sizeof *cpu);
        if (!b->uart || !cpu) {
            fprintf(stderr, "trapeze: out of memory\n");
            free(cpu);
            board_destroy(b);
            return NULL;
        }
        b->cpus[b->ncpus++] = cpu;
        cpu_init(cpu, b, i, cfg.cpu_model, o->virtualization);
    }
    b->gic = gic_create(b);     /* after the CPUs: one Redistributor each */
    if (!b->gic) {
        fprintf(stderr, "trapeze: out of memory\n");
        board_destroy(b);
        return NULL;
    }
    board_reset(b);
    return b;
}

/* Run the CPUs until the guest or the options end the run; the exit status. */
static int run(Board *b, const Options *o)
{
    CPUState *cpu;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int status;
    for (;;) {
        StopReason why = smp_run(b, o->max_insns ? o->max_insns : UINT64_MAX, &cpu);
        if (why == STOP_RESET && !o->no_reboot) {
            board_reset(b);
            if (!load_images(b, o))
                return EXIT_ERROR;
            continue;
        }
        switch (why) {
        case STOP_POWEROFF:
        case STOP_RESET: status = 0; break;
        case STOP_EXIT: status = cpu->exit_code; break;
        case STOP_INSN_LIMIT:
            fprintf(stderr, "trapeze: stopped after %llu instructions (--max-insns)\n",
                    (unsigned long long)cpu->icount);
            cpu_dump_state(cpu, stderr);
            status = EXIT_INSN_LIMIT;
            break;
        default:
            cpu_dump_state(cpu, stderr);
            status = EXIT_ERROR;
            break;
        }
        break;
    }
    fflush(stdout);
    if (o->stats) {
        clock_gettime(CLOCK_MONOTONIC, &t1);
        double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9;
        uint64_t n = smp_retired(b);      /* over all CPUs, without skipped idle time */
        fprintf(stderr, "trapeze: executed %llu instructions in %.3f s (%.1f MIPS)\n",
                (unsigned long long)n, secs, secs > 0 ? (double)n / secs / 1e6 : 0.0);
    }
    return status;
}

int main(int argc, char **argv)
{
    Options o;
    int status = cmdline_parse(argc, argv, &o);
    char *cmdline = NULL;
    Board *b = NULL;
    if (status >= 0)
        goto out;
    status = EXIT_ERROR;
    log_mask = o.log_mask;
    if (o.log_file && !log_open(o.log_file)) {
        fprintf(stderr, "trapeze: -D %s: cannot open the log file\n", o.log_file);
        goto out;
    }
    if (o.kernel) {
        size_t n = strlen(o.kernel) + (o.append ? strlen(o.append) + 1 : 0) + 1;
        cmdline = malloc(n);
        if (!cmdline)
            goto out;
        snprintf(cmdline, n, "%s%s%s", o.kernel, o.append ? " " : "", o.append ? o.append : "");
    }
    b = build_board(&o, cmdline);
    if (b && load_images(b, &o))
        status = run(b, &o);
out:
    board_destroy(b);
    free(cmdline);
    cmdline_free(&o);
    if (log_file)
        fclose(log_file);
    return status;
}
