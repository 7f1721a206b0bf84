/* hello_el2: what a hypervisor sees when its guest traps.
 *
 * EL2 installs VBAR_EL2 and HCR_EL2 (RW: EL1 is AArch64; TSC: SMC at EL1 traps to
 * EL2) and ERETs to EL1. EL1 installs VBAR_EL1 and ERETs to EL0. EL0 makes SVC #0x42,
 * which EL1 handles and decodes, then SVC #0 to hand control back to EL1. EL1 makes
 * HVC #0x17 and SMC #0x1, which EL2 handles and decodes. EL1 finally asks EL2 to stop
 * (HVC #0), and EL2 prints a summary and powers off with PSCI SYSTEM_OFF.
 * All output goes to the PL011 UART at 0x09000000. */
#include <stdarg.h>
#include <stdint.h>

#define UART_BASE   0x09000000UL
#define UART_FR_TXFF (1u << 5)
#define PSCI_SYSTEM_OFF 0x84000008UL
#define HCR_RW      (1UL << 31)
#define HCR_TSC     (1UL << 19)
#define HVC_FAILED  0xdead

#define read_sysreg(r) ({ uint64_t v_; asm volatile("mrs %0, " #r : "=r"(v_)); v_; })
#define write_sysreg(r, v) asm volatile("msr " #r ", %0" :: "r"((uint64_t)(v)))

struct frame { uint64_t x[19]; uint64_t x30; uint64_t pad[12]; };

extern char el2_vectors[], el1_vectors[], stack_el1_top[];
void eret_to_el1(void (*entry)(void)) __attribute__((noreturn));
void eret_to_el0(void (*entry)(void)) __attribute__((noreturn));
void continue_on_stack(void (*fn)(void), void *sp) __attribute__((noreturn));

static void el1_main(void);
static void el0_main(void);
static void el1_after_el0(void);

static volatile unsigned traps_el1, traps_el2;

/* ---- output ---- */
static void putc_uart(char c)
{
    volatile uint32_t *uart = (volatile uint32_t *)UART_BASE;
    while (uart[0x18 / 4] & UART_FR_TXFF)
        ;
    uart[0] = (uint8_t)c;
}

static void put_num(uint64_t v, unsigned base, int width)
{
    char tmp[20];
    int i = 0;
    do {
        tmp[i++] = "0123456789abcdef"[v % base];
        v /= base;
    } while (v);
    while (i < width--)
        putc_uart('0');
    while (i)
        putc_uart(tmp[--i]);
}

/* %s, %u, %x, %lx, %08x style widths */
static void print(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    for (; *fmt; fmt++) {
        if (*fmt == '\n')
            putc_uart('\r');
        if (*fmt != '%') {
            putc_uart(*fmt);
            continue;
        }
        int width = 0, lng = 0;
        fmt++;
        while (*fmt >= '0' && *fmt <= '9')
            width = width * 10 + *fmt++ - '0';
        if (*fmt == 'l') {
            lng = 1;
            fmt++;
        }
        if (*fmt == 's') {
            for (const char *s = va_arg(ap, const char *); *s; s++)
                putc_uart(*s);
        } else {
            uint64_t v = lng ? va_arg(ap, uint64_t) : va_arg(ap, unsigned);
            put_num(v, *fmt == 'u' ? 10 : 16, width);
        }
    }
    va_end(ap);
}

static const char *ec_name(unsigned ec)
{
    switch (ec) {
    case 0x00: return "Unknown/UNDEFINED";
    case 0x01: return "WFI/WFE";
    case 0x15: return "SVC64";
    case 0x16: return "HVC64";
    case 0x17: return "SMC64";
    case 0x18: return "MSR/MRS";
    case 0x20: return "IABT lower EL";
    case 0x21: return "IABT same EL";
    case 0x24: return "DABT lower EL";
    case 0x25: return "DABT same EL";
    case 0x3c: return "BRK64";
    default: return "?";
    }
}

static void print_esr(const char *name, uint64_t esr)
{
    unsigned ec = (esr >> 26) & 0x3f;
    print("%s=0x%08lx (EC=0x%02x %s, IL=%u, ISS=0x%x)", name, esr, ec, ec_name(ec),
          (unsigned)(esr >> 25) & 1, (unsigned)(esr & 0x1ffffff));
}

static void power_off(void)
{
    register uint64_t x0 asm("x0") = PSCI_SYSTEM_OFF;
    asm volatile("smc #0" : "+r"(x0) :: "memory");
    print("[EL2] PSCI SYSTEM_OFF returned 0x%lx\n", x0);
    for (;;)
        asm volatile("wfi");
}

/* ---- EL2 ---- */
void el2_main(void)
{
    print("\n[EL2] hello from EL%u, MIDR_EL1=0x%08lx\n",
          (unsigned)(read_sysreg(CurrentEL) >> 2), read_sysreg(midr_el1));
    write_sysreg(vbar_el2, el2_vectors);
    write_sysreg(hcr_el2, HCR_RW | HCR_TSC);
    asm volatile("isb");
    print("[EL2] VBAR_EL2=0x%lx, HCR_EL2=0x%lx (RW: EL1 is AArch64, TSC: trap SMC)\n",
          read_sysreg(vbar_el2), read_sysreg(hcr_el2));
    print("[EL2] ERET to EL1\n");
    eret_to_el1(el1_main);
}

static void el2_finish(void)
{
    print("[EL2] EL1 says it is done\n");
    print("[EL2] summary: %u exceptions taken, %s (EL1 handled %u, EL2 handled %u)\n",
          traps_el1 + traps_el2,
          traps_el1 == 2 && traps_el2 == 3 ? "all as expected" : "NOT as expected",
          traps_el1, traps_el2);
    print("[EL2] powering off with PSCI SYSTEM_OFF\n");
    power_off();
}

void el2_sync_lower(struct frame *f)
{
    uint64_t esr = read_sysreg(esr_el2), elr = read_sysreg(elr_el2);
    unsigned ec = (esr >> 26) & 0x3f, imm = esr & 0xffff;

    if (ec == 0x16 && imm == 0) {              /* HVC #0: the guest is done */
        traps_el2++;
        el2_finish();
    }
    if (ec == 0x16 && imm == HVC_FAILED) {
        print("[EL2] EL1 reports a failure, stopping\n");
        power_off();
    }
    print("[EL2] trap from EL1: ");
    print_esr("ESR_EL2", esr);
    print("\n[EL2]   ELR_EL2=0x%lx SPSR_EL2=0x%lx\n", elr, read_sysreg(spsr_el2));
    if (ec == 0x16) {
        traps_el2++;
        print("[EL2]   hypercall #0x%x: answering x0=0x%x; ELR already points past the HVC\n",
              imm, 0xc0ffee);
        f->x[0] = 0xc0ffee;
    } else if (ec == 0x17) {
        traps_el2++;
        print("[EL2]   SMC #0x%x trapped by HCR_EL2.TSC; ELR points at the SMC, skipping it\n", imm);
        f->x[0] = 0;
        write_sysreg(elr_el2, elr + 4);
    } else {
        print("[EL2]   unexpected, stopping\n");
        power_off();
    }
}

void el2_unexpected(struct frame *f)
{
    print("[EL2] unexpected exception: ");
    print_esr("ESR_EL2", read_sysreg(esr_el2));
    print(" ELR_EL2=0x%lx\n", read_sysreg(elr_el2));
    power_off();
}

/* ---- EL1 ---- */
static void el1_main(void)
{
    print("[EL1] now at EL%u\n", (unsigned)(read_sysreg(CurrentEL) >> 2));
    write_sysreg(vbar_el1, el1_vectors);
    asm volatile("isb");
    print("[EL1] VBAR_EL1=0x%lx, ERET to EL0\n", read_sysreg(vbar_el1));
    eret_to_el0(el0_main);
}

void el1_sync_lower(struct frame *f)
{
    uint64_t esr = read_sysreg(esr_el1);
    unsigned ec = (esr >> 26) & 0x3f, imm = esr & 0xffff;

    if (ec != 0x15) {
        print("[EL1] unexpected exception from EL0: ");
        print_esr("ESR_EL1", esr);
        print(" ELR_EL1=0x%lx\n", read_sysreg(elr_el1));
        asm volatile("hvc %0" :: "i"(HVC_FAILED));
    }
    traps_el1++;
    if (imm == 0) {                             /* SVC #0: EL0 is finished */
        print("[EL1] EL0 made svc #0 (exit)\n");
        continue_on_stack(el1_after_el0, stack_el1_top);
    }
    print("[EL1] took SVC from EL0: ");
    print_esr("ESR_EL1", esr);
    print("\n[EL1]   ELR_EL1=0x%lx SPSR_EL1=0x%lx (M=EL0t), returning x0=0x%x\n",
          read_sysreg(elr_el1), read_sysreg(spsr_el1), 0x1234);
    f->x[0] = 0x1234;
}

void el1_unexpected(struct frame *f)
{
    print("[EL1] unexpected exception: ");
    print_esr("ESR_EL1", read_sysreg(esr_el1));
    print(" ELR_EL1=0x%lx\n", read_sysreg(elr_el1));
    asm volatile("hvc %0" :: "i"(HVC_FAILED));
}

static void el1_after_el0(void)
{
    print("[EL1] hvc #0x17\n");
    register uint64_t x0 asm("x0") = 0;
    asm volatile("hvc #0x17" : "+r"(x0) :: "memory");
    print("[EL1] back from the HVC, x0=0x%lx\n", x0);

    print("[EL1] smc #0x1\n");
    x0 = 0x84000000;                            /* PSCI_VERSION, if it got through */
    asm volatile("smc #0x1" : "+r"(x0) :: "x1", "x2", "x3", "memory");
    print("[EL1] back from the SMC, x0=0x%lx\n", x0);

    print("[EL1] hvc #0 (done)\n");
    asm volatile("hvc #0" ::: "memory");
    for (;;)
        ;
}

/* ---- EL0 ---- */
static void el0_main(void)
{
    print("[EL0] hello from EL0, svc #0x42\n");
    register uint64_t x0 asm("x0") = 0;
    asm volatile("svc #0x42" : "+r"(x0) :: "memory");
    print("[EL0] back from the SVC, x0=0x%lx\n", x0);
    print("[EL0] svc #0 (exit)\n");
    asm volatile("svc #0" ::: "memory");
    for (;;)
        ;
}
