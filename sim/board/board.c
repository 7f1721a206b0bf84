/* The virt-compatible board: memory regions, the MMIO bus, decoded pages. */
#include "sim/board/board.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "sim/log.h"
#include "sim/smp.h"

extern ExecFn exec_decode;      /* sim/run.c: decode on first execution */

static bool region_init(MemRegion *r, const char *name, uint64_t base, uint64_t size, bool ro)
{
    r->name = name;
    r->base = base;
    r->size = size;
    r->readonly = ro;
    /* Anonymous mappings: pages the guest never touches cost no host memory. */
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                   -1, 0);
    if (p == MAP_FAILED)
        return false;
    r->host = p;
    r->dpages = calloc(size >> PAGE_BITS, sizeof *r->dpages);
    r->page_flags = calloc(size >> PAGE_BITS, 1);
    return r->dpages && r->page_flags;
}

static void region_free(MemRegion *r)
{
    if (!r->host)
        return;
    for (uint64_t i = 0; i < r->size >> PAGE_BITS; i++)
        free(r->dpages[i]);
    free(r->dpages);
    free(r->page_flags);
    munmap(r->host, r->size);
}

Board *board_create(const BoardConfig *cfg)
{
    Board *b = calloc(1, sizeof *b);
    if (!b)
        return NULL;
    b->cfg = *cfg;
    b->input_fd = -1;
    if (!region_init(&b->ram, "ram", VIRT_RAM_BASE, cfg->ram_size, false) ||
        !region_init(&b->flash, "flash", VIRT_FLASH_BASE, VIRT_FLASH_SIZE, true)) {
        board_destroy(b);
        return NULL;
    }
    return b;
}

void board_destroy(Board *b)
{
    if (!b)
        return;
    for (int i = 0; i < b->ncpus; i++)
        free(b->cpus[i]);
    for (int i = 0; i < b->ndevices; i++)
        free(b->devices[i].opaque);
    region_free(&b->ram);
    region_free(&b->flash);
    free(b);
}

void board_reset(Board *b)
{
    for (int i = 0; i < b->ndevices; i++)
        if (b->devices[i].ops->reset)
            b->devices[i].ops->reset(b->devices[i].opaque);
    /* CPU 0 starts; the others stay off until PSCI CPU_ON, as on QEMU's
       virt board with its built-in PSCI (start-powered-off). */
    for (int i = 0; i < b->ncpus; i++) {
        cpu_reset(b->cpus[i]);
        b->cpus[i]->powered_on = i == 0;
        b->cpus[i]->wait = CPU_RUNNING;
    }
}

void board_add_device(Board *b, const char *name, uint64_t base, uint64_t size,
                      const DeviceOps *ops, void *opaque)
{
    if (b->ndevices == BOARD_MAX_DEVICES) {
        fprintf(stderr, "trapeze: internal error: too many devices\n");
        abort();
    }
    b->devices[b->ndevices++] = (Device){ name, base, size, ops, opaque };
}

static bool in_region(const MemRegion *r, uint64_t pa, uint64_t len)
{
    return r->host && pa >= r->base && len <= r->size && pa - r->base <= r->size - len;
}

MemRegion *board_region(Board *b, uint64_t pa, uint64_t len)
{
    if (in_region(&b->ram, pa, len))
        return &b->ram;
    if (in_region(&b->flash, pa, len))
        return &b->flash;
    return NULL;
}

static Device *find_device(Board *b, uint64_t pa, unsigned size)
{
    for (int i = 0; i < b->ndevices; i++) {
        Device *d = &b->devices[i];
        if (pa >= d->base && pa - d->base + size <= d->size)
            return d;
    }
    return NULL;
}

bool board_mmio_read(Board *b, uint64_t pa, unsigned size, uint64_t *value)
{
    Device *d = find_device(b, pa, size);
    if (!d) {
        if (log_enabled(LOG_GUEST_ERROR))
            log_printf("read of %u bytes at 0x%llx: no device there\n", size,
                       (unsigned long long)pa);
        return false;
    }
    *value = d->ops->read(d->opaque, pa - d->base, size);
    return true;
}

bool board_mmio_write(Board *b, uint64_t pa, unsigned size, uint64_t value)
{
    Device *d = find_device(b, pa, size);
    if (!d) {
        if (log_enabled(LOG_GUEST_ERROR))
            log_printf("write of %u bytes at 0x%llx: no device there\n", size,
                       (unsigned long long)pa);
        return false;
    }
    d->ops->write(d->opaque, pa - d->base, size, value);
    return true;
}

static void decoded_page_clear(DecodedPage *dp)
{
    for (unsigned i = 0; i < INSNS_PER_PAGE; i++)
        dp->insn[i].fn = exec_decode;
}

DecodedPage *board_decoded_page(Board *b, MemRegion *r, uint64_t pa)
{
    uint64_t page = (pa - r->base) >> PAGE_BITS;
    DecodedPage *dp = r->dpages[page];
    if (dp)
        return dp;
    dp = malloc(sizeof *dp);
    if (!dp) {
        fprintf(stderr, "trapeze: out of memory for decoded instructions\n");
        exit(1);
    }
    decoded_page_clear(dp);
    r->dpages[page] = dp;
    r->page_flags[page] |= PAGE_FLAG_CODE;
    /* Stores to this page must now take the slow path, which drops the
       decoded instructions they overwrite. */
    for (int i = 0; i < b->ncpus; i++)
        for (unsigned m = 0; m < MMUIDX_COUNT; m++)
            for (unsigned j = 0; j < SOFTTLB_SIZE; j++)
                b->cpus[i]->tlb[ACC_WRITE][m][j].tag = SOFTTLB_INVALID;
    return dp;
}

void board_code_written(Board *b, MemRegion *r, uint64_t pa, unsigned len)
{
    (void)b;
    uint64_t end = pa + len;
    for (uint64_t a = pa & ~3ull; a < end; a += 4) {
        uint64_t page = (a - r->base) >> PAGE_BITS;
        if (a - r->base >= r->size || !r->dpages[page])
            continue;
        r->dpages[page]->insn[(a & (PAGE_SIZE - 1)) >> 2].fn = exec_decode;
    }
}

void board_page_written(Board *b, MemRegion *r, uint64_t pa, unsigned len, const CPUState *writer)
{
    uint8_t flags = r->page_flags[(pa - r->base) >> PAGE_BITS];
    if (flags & PAGE_FLAG_CODE)
        board_code_written(b, r, pa, len);
    if (flags & PAGE_FLAG_EXCLUSIVE)
        smp_monitor_store(b, writer, pa, len);
}

bool board_load(Board *b, uint64_t pa, const void *data, uint64_t len)
{
    MemRegion *r = board_region(b, pa, len);
    if (!r)
        return false;
    memcpy(region_host(r, pa), data, len);
    if (len)
        board_code_written(b, r, pa, (unsigned)(len > 0xffffffffu ? 0xffffffffu : len));
    return true;
}
