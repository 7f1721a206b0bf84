/* The virt device tree, node for node as QEMU 7.2 builds it (hw/arm/virt.c:
   create_fdt, fdt_add_cpu_nodes, fdt_add_psci_node, fdt_add_timer_nodes,
   create_gic, create_uart, and hw/arm/boot.c arm_load_dtb for /chosen), for
   the devices trapeze has.  Left out, because trapeze has no such device:
   flash@0 (QEMU's is a CFI device), fw-cfg, virtio_mmio@a000000..., pcie,
   pl061 and gpio-keys, pl031, platform-bus, the GIC ITS, the PMU node; and
   /chosen/rng-seed and kaslr-seed (runs are deterministic). */
#include "sim/board/fdt.h"

#include <errno.h>
#include <libfdt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gic/gic.h"

enum {
    FDT_BUF_SIZE = 64 * 1024,
    FDT_MAX_FILE = 2 * 1024 * 1024,     /* booting.rst: the DTB must not exceed 2 MiB */
    FIRST_PHANDLE = 0x8000,             /* QEMU's qemu_fdt_alloc_phandle starts here */
    GIC_FDT_IRQ_TYPE_SPI = 0, GIC_FDT_IRQ_TYPE_PPI = 1,
    GIC_FDT_IRQ_FLAGS_LEVEL_HI = 4,
    /* PPI numbers (INTID - 16), hw/arm/virt.h */
    ARCH_TIMER_S_EL1_IRQ = 13, ARCH_TIMER_NS_EL1_IRQ = 14, ARCH_TIMER_VIRT_IRQ = 11,
    ARCH_TIMER_NS_EL2_IRQ = 10, ARCH_TIMER_NS_EL2_VIRT_IRQ = 12, ARCH_GIC_MAINT_IRQ = 9,
    VIRT_UART_IRQ = 1,                  /* SPI */
    UART_CLOCK_HZ = 24000000,
    /* PSCI 0.2+ function IDs (SMC64 forms where there are two) */
    PSCI_CPU_SUSPEND = 0xc4000001, PSCI_CPU_OFF = 0x84000002, PSCI_CPU_ON = 0xc4000003,
    PSCI_MIGRATE = 0xc4000005,
};
/* QEMU 7.2 gives the redistributors their whole region (room for 123 CPUs);
   a reader stops at the frame whose GICR_TYPER.Last is set (gic/gic.h). */
#define VIRT_GIC_DIST_SIZE   GICD_SIZE
#define VIRT_GIC_REDIST_SIZE GICR_REGION_SIZE
#define VIRT_UART_SIZE       0x1000ull

/* Every libfdt call goes through this: a failure names the step. */
#define TRY(expr)                                                              \
    do {                                                                       \
        int err_ = (expr);                                                     \
        if (err_ < 0) {                                                        \
            fprintf(stderr, "trapeze: device tree: %s: %s\n", #expr, fdt_strerror(err_)); \
            return false;                                                      \
        }                                                                      \
    } while (0)

static int add_node(void *fdt, int parent, const char *name)
{
    int off = fdt_add_subnode(fdt, parent, name);
    if (off < 0)
        fprintf(stderr, "trapeze: device tree: cannot add node %s: %s\n", name, fdt_strerror(off));
    return off;
}

static bool setprop_cells(void *fdt, int node, const char *name, const uint32_t *cells, int n)
{
    fdt32_t be[16];
    for (int i = 0; i < n; i++)
        be[i] = cpu_to_fdt32(cells[i]);
    TRY(fdt_setprop(fdt, node, name, be, n * (int)sizeof be[0]));
    return true;
}

/* Two-cell address and size pairs (the root's #address-cells = #size-cells = 2). */
static bool setprop_reg(void *fdt, int node, const uint64_t *pairs, int npairs)
{
    uint32_t cells[16];
    for (int i = 0; i < 2 * npairs; i++) {
        cells[2 * i] = (uint32_t)(pairs[i] >> 32);
        cells[2 * i + 1] = (uint32_t)pairs[i];
    }
    return setprop_cells(fdt, node, "reg", cells, 4 * npairs);
}

/* A list of strings, as one property of NUL-separated strings. */
static bool setprop_strings(void *fdt, int node, const char *name, const char *const *s, int n)
{
    char buf[256];
    size_t len = 0;
    for (int i = 0; i < n; i++) {
        size_t l = strlen(s[i]) + 1;
        if (len + l > sizeof buf)
            return false;
        memcpy(buf + len, s[i], l);
        len += l;
    }
    TRY(fdt_setprop(fdt, node, name, buf, (int)len));
    return true;
}

static const char *cpu_compatible(const CPUModel *m)
{
    /* QEMU 7.2's max CPU is built on the cortex-a57 and keeps its compatible. */
    if (!strcmp(m->name, "cortex-a53"))
        return "arm,cortex-a53";
    return "arm,cortex-a57";
}

static bool add_cpus(void *fdt, const Board *b)
{
    int cpus = add_node(fdt, 0, "cpus");
    if (cpus < 0)
        return false;
    TRY(fdt_setprop_u32(fdt, cpus, "#address-cells", 1));
    TRY(fdt_setprop_u32(fdt, cpus, "#size-cells", 0));
    int n = b->cfg.smp;
    /* QEMU adds the CPUs last first, each new node before the others, and
       allocates their phandles in that order (0x8001 is the last CPU). */
    for (int i = n - 1; i >= 0; i--) {
        char name[32];
        snprintf(name, sizeof name, "cpu@%d", i);
        int off = add_node(fdt, cpus, name);
        if (off < 0)
            return false;
        TRY(fdt_setprop_string(fdt, off, "device_type", "cpu"));
        TRY(fdt_setprop_string(fdt, off, "compatible", cpu_compatible(b->cfg.cpu_model)));
        if (n > 1)      /* as QEMU's fdt_add_cpu_nodes */
            TRY(fdt_setprop_string(fdt, off, "enable-method", "psci"));
        TRY(fdt_setprop_u32(fdt, off, "reg", (uint32_t)i));     /* MPIDR Aff0 */
        TRY(fdt_setprop_u32(fdt, off, "phandle", FIRST_PHANDLE + (uint32_t)(n - i)));
    }
    int map = add_node(fdt, cpus, "cpu-map");
    int socket = map < 0 ? map : add_node(fdt, map, "socket0");
    int cluster = socket < 0 ? socket : add_node(fdt, socket, "cluster0");
    if (cluster < 0)
        return false;
    for (int i = n - 1; i >= 0; i--) {
        char name[32];
        snprintf(name, sizeof name, "core%d", i);
        int off = add_node(fdt, cluster, name);
        if (off < 0)
            return false;
        TRY(fdt_setprop_u32(fdt, off, "cpu", FIRST_PHANDLE + (uint32_t)(n - i)));
    }
    return true;
}

static bool add_psci(void *fdt, const Board *b)
{
    static const char *const compat[] = { "arm,psci-1.0", "arm,psci-0.2", "arm,psci" };
    int off = add_node(fdt, 0, "psci");
    if (off < 0 || !setprop_strings(fdt, off, "compatible", compat, 3))
        return false;
    /* The conduit of sim/board/psci.c: SMC when EL2 exists, else HVC. */
    TRY(fdt_setprop_string(fdt, off, "method", b->cfg.virtualization ? "smc" : "hvc"));
    TRY(fdt_setprop_u32(fdt, off, "cpu_suspend", PSCI_CPU_SUSPEND));
    TRY(fdt_setprop_u32(fdt, off, "cpu_off", PSCI_CPU_OFF));
    TRY(fdt_setprop_u32(fdt, off, "cpu_on", PSCI_CPU_ON));
    TRY(fdt_setprop_u32(fdt, off, "migrate", PSCI_MIGRATE));
    return true;
}

static bool add_timer(void *fdt, const Board *b)
{
    static const char *const compat[] = { "arm,armv8-timer", "arm,armv7-timer" };
    int off = add_node(fdt, 0, "timer");
    if (off < 0 || !setprop_strings(fdt, off, "compatible", compat, 2))
        return false;
    TRY(fdt_setprop(fdt, off, "always-on", NULL, 0));
    uint32_t irqs[15] = {
        GIC_FDT_IRQ_TYPE_PPI, ARCH_TIMER_S_EL1_IRQ, GIC_FDT_IRQ_FLAGS_LEVEL_HI,
        GIC_FDT_IRQ_TYPE_PPI, ARCH_TIMER_NS_EL1_IRQ, GIC_FDT_IRQ_FLAGS_LEVEL_HI,
        GIC_FDT_IRQ_TYPE_PPI, ARCH_TIMER_VIRT_IRQ, GIC_FDT_IRQ_FLAGS_LEVEL_HI,
        GIC_FDT_IRQ_TYPE_PPI, ARCH_TIMER_NS_EL2_IRQ, GIC_FDT_IRQ_FLAGS_LEVEL_HI,
        GIC_FDT_IRQ_TYPE_PPI, ARCH_TIMER_NS_EL2_VIRT_IRQ, GIC_FDT_IRQ_FLAGS_LEVEL_HI,
    };
    /* The EL2 virtual timer exists with EL2 and FEAT_VHE; QEMU 8.1 and later
       list it fifth, QEMU 7.2 never does. */
    bool el2_virt = b->cfg.virtualization && (b->cfg.cpu_model->features & FEAT_VHE);
    return setprop_cells(fdt, off, "interrupts", irqs, el2_virt ? 15 : 12);
}

static bool add_gic(void *fdt, const Board *b, uint32_t phandle)
{
    int off = add_node(fdt, 0, "intc@8000000");
    if (off < 0)
        return false;
    TRY(fdt_setprop_u32(fdt, off, "#interrupt-cells", 3));
    TRY(fdt_setprop(fdt, off, "interrupt-controller", NULL, 0));
    TRY(fdt_setprop_u32(fdt, off, "#address-cells", 2));
    TRY(fdt_setprop_u32(fdt, off, "#size-cells", 2));
    TRY(fdt_setprop(fdt, off, "ranges", NULL, 0));
    TRY(fdt_setprop_string(fdt, off, "compatible", "arm,gic-v3"));
    TRY(fdt_setprop_u32(fdt, off, "#redistributor-regions", 1));
    const uint64_t reg[] = { VIRT_GIC_DIST_BASE, VIRT_GIC_DIST_SIZE,
                             VIRT_GIC_REDIST_BASE, VIRT_GIC_REDIST_SIZE };
    if (!setprop_reg(fdt, off, reg, 2))
        return false;
    if (b->cfg.virtualization) {
        const uint32_t maint[] = { GIC_FDT_IRQ_TYPE_PPI, ARCH_GIC_MAINT_IRQ,
                                   GIC_FDT_IRQ_FLAGS_LEVEL_HI };
        if (!setprop_cells(fdt, off, "interrupts", maint, 3))
            return false;
    }
    TRY(fdt_setprop_u32(fdt, off, "phandle", phandle));
    return true;
}

static bool add_uart(void *fdt, uint32_t clock)
{
    static const char *const compat[] = { "arm,pl011", "arm,primecell" };
    static const char *const clock_names[] = { "uartclk", "apb_pclk" };
    int off = add_node(fdt, 0, "pl011@9000000");
    if (off < 0 || !setprop_strings(fdt, off, "compatible", compat, 2))
        return false;
    const uint64_t reg[] = { VIRT_UART_BASE, VIRT_UART_SIZE };
    const uint32_t irq[] = { GIC_FDT_IRQ_TYPE_SPI, VIRT_UART_IRQ, GIC_FDT_IRQ_FLAGS_LEVEL_HI };
    const uint32_t clocks[] = { clock, clock };
    return setprop_reg(fdt, off, reg, 1) && setprop_cells(fdt, off, "interrupts", irq, 3) &&
           setprop_cells(fdt, off, "clocks", clocks, 2) &&
           setprop_strings(fdt, off, "clock-names", clock_names, 2);
}

static bool add_clock(void *fdt, uint32_t phandle)
{
    int off = add_node(fdt, 0, "apb-pclk");
    if (off < 0)
        return false;
    TRY(fdt_setprop_string(fdt, off, "compatible", "fixed-clock"));
    TRY(fdt_setprop_u32(fdt, off, "#clock-cells", 0));
    TRY(fdt_setprop_u32(fdt, off, "clock-frequency", UART_CLOCK_HZ));
    TRY(fdt_setprop_string(fdt, off, "clock-output-names", "clk24mhz"));
    TRY(fdt_setprop_u32(fdt, off, "phandle", phandle));
    return true;
}

/* A 32-bit cell when the value fits, as QEMU's qemu_fdt_setprop_cell; else 64 bits. */
static bool setprop_addr(void *fdt, int node, const char *name, uint64_t v)
{
    if (v >> 32)
        TRY(fdt_setprop_u64(fdt, node, name, v));
    else
        TRY(fdt_setprop_u32(fdt, node, name, (uint32_t)v));
    return true;
}

/* hw/arm/boot.c arm_load_dtb: bootargs and the initrd in /chosen (created
   if missing); hw/core/guest-loader.c: the module nodes. */
static bool fix_chosen(void *fdt, const FdtChosen *c)
{
    int chosen = fdt_path_offset(fdt, "/chosen");
    if (chosen < 0)
        chosen = add_node(fdt, 0, "chosen");
    if (chosen < 0)
        return false;
    if (c->bootargs)
        TRY(fdt_setprop_string(fdt, chosen, "bootargs", c->bootargs));
    if (c->has_initrd && (!setprop_addr(fdt, chosen, "linux,initrd-start", c->initrd_start) ||
                          !setprop_addr(fdt, chosen, "linux,initrd-end", c->initrd_end)))
        return false;
    for (int i = 0; i < c->nmodules; i++) {
        const FdtModule *m = &c->modules[i];
        char name[48];
        snprintf(name, sizeof name, "module@0x%08llx", (unsigned long long)m->addr);
        int off = add_node(fdt, chosen, name);
        if (off < 0)
            return false;
        const uint64_t reg[] = { m->addr, m->size };
        fdt64_t be[2] = { cpu_to_fdt64(reg[0]), cpu_to_fdt64(reg[1]) };
        TRY(fdt_setprop(fdt, off, "reg", be, sizeof be));
        if (m->bootargs)
            TRY(fdt_setprop_string(fdt, off, "bootargs", m->bootargs));
        const char *compat[] = { "multiboot,module",
                                 m->is_kernel ? "multiboot,kernel" : "multiboot,ramdisk" };
        if (!setprop_strings(fdt, off, "compatible", compat, 2))
            return false;
    }
    return true;
}

static bool build(void *fdt, const Board *b, const FdtChosen *c)
{
    int n = b->cfg.smp;
    uint32_t clock = FIRST_PHANDLE, gic = FIRST_PHANDLE + (uint32_t)n + 1;
    TRY(fdt_create_empty_tree(fdt, FDT_BUF_SIZE));
    TRY(fdt_setprop_string(fdt, 0, "compatible", "linux,dummy-virt"));
    TRY(fdt_setprop_u32(fdt, 0, "#address-cells", 2));
    TRY(fdt_setprop_u32(fdt, 0, "#size-cells", 2));
    TRY(fdt_setprop_string(fdt, 0, "model", "linux,dummy-virt"));
    /* Offsets move when nodes are added before them: set properties at once. */
    int chosen = add_node(fdt, 0, "chosen");
    if (chosen < 0)
        return false;
    TRY(fdt_setprop_string(fdt, chosen, "stdout-path", "/pl011@9000000"));
    if (!add_clock(fdt, clock) || !add_timer(fdt, b) || !add_cpus(fdt, b) ||
        !add_gic(fdt, b, gic) || !add_uart(fdt, clock))
        return false;
    int mem = add_node(fdt, 0, "memory@40000000");
    if (mem < 0)
        return false;
    TRY(fdt_setprop_string(fdt, mem, "device_type", "memory"));
    const uint64_t reg[] = { VIRT_RAM_BASE, b->ram.size };
    if (!setprop_reg(fdt, mem, reg, 1) || !add_psci(fdt, b))
        return false;
    TRY(fdt_setprop_u32(fdt, 0, "interrupt-parent", gic));
    if (!fix_chosen(fdt, c))
        return false;
    TRY(fdt_pack(fdt));
    return true;
}

void *fdt_build_virt(const Board *b, const FdtChosen *c, size_t *size)
{
    void *fdt = malloc(FDT_BUF_SIZE);
    if (!fdt) {
        fprintf(stderr, "trapeze: out of memory for the device tree\n");
        return NULL;
    }
    if (!build(fdt, b, c)) {
        free(fdt);
        return NULL;
    }
    *size = fdt_totalsize(fdt);
    return fdt;
}

void *fdt_load_file(const char *path, const FdtChosen *c, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "trapeze: -dtb: could not open '%s': %s\n", path, strerror(errno));
        return NULL;
    }
    uint8_t *buf = malloc(FDT_MAX_FILE);
    size_t len = buf ? fread(buf, 1, FDT_MAX_FILE, f) : 0;
    bool too_big = buf && len == FDT_MAX_FILE && fgetc(f) != EOF;
    fclose(f);
    if (!buf) {
        fprintf(stderr, "trapeze: out of memory for the device tree\n");
        return NULL;
    }
    int err = len < sizeof(struct fdt_header) ? -FDT_ERR_TRUNCATED : fdt_check_header(buf);
    if (!err && fdt_totalsize(buf) > len)
        err = -FDT_ERR_TRUNCATED;
    if (!err)
        err = fdt_check_full(buf, len);     /* the structure block too, before any walk */
    if (too_big || err) {
        fprintf(stderr, "trapeze: -dtb: '%s' is not a valid device tree blob: %s\n", path,
                too_big ? "larger than 2 MiB" : fdt_strerror(err));
        free(buf);
        return NULL;
    }
    /* Room for the /chosen fix-ups. */
    void *fdt = malloc(fdt_totalsize(buf) + FDT_BUF_SIZE);
    if (!fdt || (err = fdt_open_into(buf, fdt, (int)fdt_totalsize(buf) + FDT_BUF_SIZE)) < 0) {
        fprintf(stderr, "trapeze: -dtb: '%s' is not a valid device tree blob: %s\n", path,
                fdt ? fdt_strerror(err) : "out of memory");
        free(buf);
        free(fdt);
        return NULL;
    }
    free(buf);
    if (!fix_chosen(fdt, c) || (err = fdt_pack(fdt)) < 0) {
        if (err < 0)
            fprintf(stderr, "trapeze: -dtb: '%s': %s\n", path, fdt_strerror(err));
        free(fdt);
        return NULL;
    }
    *size = fdt_totalsize(fdt);
    return fdt;
}

bool fdt_dump(const char *path, const void *fdt, size_t size)
{
    FILE *f = fopen(path, "wb");
    bool ok = f && fwrite(fdt, 1, size, f) == size;
    if (f && fclose(f))
        ok = false;
    if (!ok)
        fprintf(stderr, "trapeze: dumpdtb=%s: cannot write the file: %s\n", path, strerror(errno));
    return ok;
}
