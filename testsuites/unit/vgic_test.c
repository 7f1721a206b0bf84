/* The GICv3 virtual CPU interface (gic/vcpuif.c, gic/ich.def; IHI 0069
   chapter 6, 12.3, 12.4): list registers driving vIRQ/vFIQ, the ICV_ view of
   the ICC_ registers at EL1 with HCR_EL2.IMO/FMO (acknowledge, priority
   drop, deactivation, EOImode, HW = 1), the maintenance state (MISR, EISR,
   ELRSR, EOIcount) and the maintenance PPI 25, priorities (VPMR, preemption),
   and the ICH_HCR_EL2 trap bits.  Registers are reached through the
   system-register table (sysreg_read/sysreg_write, as MRS/MSR do after the
   access check), the GIC through the board's MMIO bus. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <cmocka.h>

#include "gic/gic.h"
#include "harness.h"
#include "sim/board/board.h"
#include "sim/cpu.h"
#include "sysregs/fields.h"
#include "sysregs/sysregs.h"

#define GICD VIRT_GIC_DIST_BASE
#define GICR_SGI (VIRT_GIC_REDIST_BASE + GICR_SGI_BASE)
enum { ISPENDR = 0x200, ISACTIVER = 0x300, VINTID = 40 };

typedef struct T { Board *b; CPUState *cpu; } T;

static int setup(void **state)
{
    T *t = calloc(1, sizeof *t);
    t->b = harness_board_gic(1);
    t->cpu = t->b->cpus[0];
    *state = t;
    return 0;
}

static int teardown(void **state)
{
    T *t = *state;
    board_destroy(t->b);
    free(t);
    return 0;
}

static uint64_t rd(T *t, unsigned id) { return sysreg_read(t->cpu, sysreg_by_id(id)); }
static void wr(T *t, unsigned id, uint64_t v) { sysreg_write(t->cpu, sysreg_by_id(id), v); }
static uint32_t mmio_r32(T *t, uint64_t pa)
{
    uint64_t v = 0xdead;
    assert_true(board_mmio_read(t->b, pa, 4, &v));
    return (uint32_t)v;
}
static void mmio_w32(T *t, uint64_t pa, uint32_t v) { assert_true(board_mmio_write(t->b, pa, 4, v)); }

static bool virq(T *t) { return t->cpu->irq_lines & CPU_LINE_VIRQ; }
static bool vfiq(T *t) { return t->cpu->irq_lines & CPU_LINE_VFIQ; }

static uint64_t lr(unsigned state, bool group1, unsigned prio, unsigned vintid)
{
    uint64_t v = 0;
    v = FIELD_DP64(v, ICH_LR, State, state);
    v = FIELD_DP64(v, ICH_LR, Group, group1);
    v = FIELD_DP64(v, ICH_LR, Priority, prio);
    return FIELD_DP64(v, ICH_LR, vINTID, vintid);
}
static unsigned lr_state(T *t, unsigned n) { return (unsigned)FIELD_EX64(rd(t, SR_ICH_LR0_EL2 + n), ICH_LR, State); }

/* EL2 sets up the virtual interface: En, both groups enabled, VPMR open;
   then the CPU goes to EL1 with IMO/FMO so ICC_ accesses reach the ICV_. */
static void vif_on(T *t, uint64_t hcr_extra)
{
    t->cpu->el = 2;
    uint64_t vmcr = rd(t, SR_ICH_VMCR_EL2);
    vmcr = FIELD_DP64(vmcr, ICH_VMCR, VENG0, 1);
    vmcr = FIELD_DP64(vmcr, ICH_VMCR, VENG1, 1);
    vmcr = FIELD_DP64(vmcr, ICH_VMCR, VPMR, 0xf8);
    wr(t, SR_ICH_VMCR_EL2, vmcr);
    wr(t, SR_ICH_HCR_EL2, REG_MASK(ICH_HCR, En) | hcr_extra);
    t->cpu->sysreg[SR_HCR_EL2] = REG_MASK(HCR, RW) | REG_MASK(HCR, IMO) | REG_MASK(HCR, FMO);
}
static void at_el1(T *t) { t->cpu->el = 1; }
static void at_el2(T *t) { t->cpu->el = 2; }

static void test_id_and_reset(void **state)
{
    T *t = *state;
    /* ListRegs 15, TDS, nV4, A3V, IDbits 0, PREbits 4, PRIbits 4 */
    assert_int_equal(rd(t, SR_ICH_VTR_EL2), 0x9038000full);
    /* VFIQEn RES1, VBPR1 = 3, VBPR0 = 2 */
    assert_int_equal(rd(t, SR_ICH_VMCR_EL2), 0x4c0008ull);
    /* unimplemented priority bits of an LR are RES0 */
    wr(t, SR_ICH_LR3_EL2, lr(ICH_LR_PENDING, true, 0xff, 7));
    assert_int_equal(FIELD_EX64(rd(t, SR_ICH_LR3_EL2), ICH_LR, Priority), 0xf8);
    assert_int_equal(rd(t, SR_ICH_ELRSR_EL2), 0xffff & ~(1u << 3));
}

static void test_lr_drives_virq_vfiq(void **state)
{
    T *t = *state;
    vif_on(t, 0);
    assert_false(virq(t));
    wr(t, SR_ICH_LR0_EL2, lr(ICH_LR_PENDING, true, 0x80, VINTID));
    assert_true(virq(t));
    assert_false(vfiq(t));
    wr(t, SR_ICH_HCR_EL2, 0);                       /* En = 0 */
    assert_false(virq(t));
    wr(t, SR_ICH_HCR_EL2, REG_MASK(ICH_HCR, En));
    assert_true(virq(t));
    wr(t, SR_ICH_LR0_EL2, lr(ICH_LR_PENDING, false, 0x80, VINTID));
    assert_false(virq(t));
    assert_true(vfiq(t));
    uint64_t vmcr = rd(t, SR_ICH_VMCR_EL2);
    wr(t, SR_ICH_VMCR_EL2, FIELD_DP64(vmcr, ICH_VMCR, VENG0, 0));
    assert_false(vfiq(t));
}

static void test_iar_eoir(void **state)
{
    T *t = *state;
    vif_on(t, 0);
    wr(t, SR_ICH_LR0_EL2, lr(ICH_LR_PENDING, true, 0x80, VINTID));
    at_el1(t);
    assert_int_equal(rd(t, SR_ICC_HPPIR1_EL1), VINTID);
    assert_int_equal(rd(t, SR_ICC_HPPIR0_EL1), 1023);
    assert_int_equal(rd(t, SR_ICC_IAR0_EL1), 1023);  /* wrong group */
    assert_int_equal(rd(t, SR_ICC_IAR1_EL1), VINTID);
    assert_int_equal(lr_state(t, 0), ICH_LR_ACTIVE);
    assert_false(virq(t));
    assert_int_equal(rd(t, SR_ICC_RPR_EL1), 0x80);
    assert_int_equal(rd(t, SR_ICC_AP1R0_EL1), 1u << (0x80 >> 3));
    assert_int_equal(rd(t, SR_ICC_IAR1_EL1), 1023);  /* nothing pending */
    wr(t, SR_ICC_EOIR1_EL1, VINTID);
    assert_int_equal(rd(t, SR_ICC_RPR_EL1), 0xff);
    assert_int_equal(lr_state(t, 0), ICH_LR_INVALID);
    at_el2(t);
    assert_int_equal(rd(t, SR_ICH_AP1R0_EL2), 0);
    assert_true(rd(t, SR_ICH_ELRSR_EL2) & 1);
    assert_int_equal(FIELD_EX64(rd(t, SR_ICH_HCR_EL2), ICH_HCR, EOIcount), 0);
}

static void test_eoimode_dir(void **state)
{
    T *t = *state;
    vif_on(t, 0);
    wr(t, SR_ICH_LR0_EL2, lr(ICH_LR_PENDING, true, 0x80, VINTID));
    at_el1(t);
    wr(t, SR_ICC_CTLR_EL1, 2);                      /* EOImode = VMCR.VEOIM */
    assert_int_equal(rd(t, SR_ICC_CTLR_EL1) & 3, 2);
    assert_true(FIELD_EX64(t->cpu->sysreg[SR_ICH_VMCR_EL2], ICH_VMCR, VEOIM));
    assert_int_equal(rd(t, SR_ICC_IAR1_EL1), VINTID);
    wr(t, SR_ICC_EOIR1_EL1, VINTID);
    assert_int_equal(rd(t, SR_ICC_RPR_EL1), 0xff);  /* priority dropped */
    assert_int_equal(lr_state(t, 0), ICH_LR_ACTIVE);
    wr(t, SR_ICC_DIR_EL1, VINTID);
    assert_int_equal(lr_state(t, 0), ICH_LR_INVALID);
    assert_int_equal(FIELD_EX64(t->cpu->sysreg[SR_ICH_HCR_EL2], ICH_HCR, EOIcount), 0);
    wr(t, SR_ICC_DIR_EL1, 77);                      /* in no LR: counted */
    assert_int_equal(FIELD_EX64(t->cpu->sysreg[SR_ICH_HCR_EL2], ICH_HCR, EOIcount), 1);
}

static void test_hw_deactivates_physical(void **state)
{
    T *t = *state;
    enum { SPI = 40, PPI = 27 };
    mmio_w32(t, GICD + ISACTIVER + 4 * (SPI / 32), 1u << (SPI % 32));
    mmio_w32(t, GICR_SGI + ISACTIVER, 1u << PPI);
    vif_on(t, 0);
    uint64_t l0 = FIELD_DP64(lr(ICH_LR_PENDING, true, 0x80, 100), ICH_LR, HW, 1);
    uint64_t l1 = FIELD_DP64(lr(ICH_LR_PENDING, true, 0x90, 101), ICH_LR, HW, 1);
    wr(t, SR_ICH_LR0_EL2, FIELD_DP64(l0, ICH_LR, pINTID, SPI));
    wr(t, SR_ICH_LR1_EL2, FIELD_DP64(l1, ICH_LR, pINTID, PPI));
    at_el1(t);
    assert_int_equal(rd(t, SR_ICC_IAR1_EL1), 100);
    assert_int_equal(mmio_r32(t, GICD + ISACTIVER + 4 * (SPI / 32)), 1u << (SPI % 32));
    wr(t, SR_ICC_EOIR1_EL1, 100);
    assert_int_equal(mmio_r32(t, GICD + ISACTIVER + 4 * (SPI / 32)), 0);
    assert_int_equal(mmio_r32(t, GICR_SGI + ISACTIVER), 1u << PPI);
    assert_int_equal(rd(t, SR_ICC_IAR1_EL1), 101);
    wr(t, SR_ICC_EOIR1_EL1, 101);
    assert_int_equal(mmio_r32(t, GICR_SGI + ISACTIVER), 0);
}

static void test_eoi_maintenance(void **state)
{
    T *t = *state;
    vif_on(t, 0);
    wr(t, SR_ICH_LR2_EL2, FIELD_DP64(lr(ICH_LR_PENDING, true, 0x80, VINTID), ICH_LR, EOI, 1));
    assert_int_equal(rd(t, SR_ICH_MISR_EL2), 0);
    assert_int_equal(mmio_r32(t, GICR_SGI + ISPENDR) & (1u << GIC_MAINT_PPI), 0);
    at_el1(t);
    assert_int_equal(rd(t, SR_ICC_IAR1_EL1), VINTID);
    wr(t, SR_ICC_EOIR1_EL1, VINTID);
    at_el2(t);
    assert_int_equal(rd(t, SR_ICH_EISR_EL2), 1u << 2);
    assert_int_equal(rd(t, SR_ICH_MISR_EL2), REG_MASK(ICH_MISR, EOI));
    assert_false(rd(t, SR_ICH_ELRSR_EL2) & (1u << 2));
    assert_int_equal(mmio_r32(t, GICR_SGI + ISPENDR) & (1u << GIC_MAINT_PPI), 1u << GIC_MAINT_PPI);
    wr(t, SR_ICH_LR2_EL2, 0);                       /* the hypervisor handles it */
    assert_int_equal(rd(t, SR_ICH_MISR_EL2), 0);
    assert_int_equal(mmio_r32(t, GICR_SGI + ISPENDR) & (1u << GIC_MAINT_PPI), 0);
}

static void test_eoicount_lrenp(void **state)
{
    T *t = *state;
    vif_on(t, REG_MASK(ICH_HCR, LRENPIE));
    wr(t, SR_ICH_LR0_EL2, lr(ICH_LR_PENDING, true, 0x80, VINTID));
    at_el1(t);
    assert_int_equal(rd(t, SR_ICC_IAR1_EL1), VINTID);
    at_el2(t);
    wr(t, SR_ICH_LR0_EL2, 0);                       /* evicted while active */
    assert_int_equal(rd(t, SR_ICH_MISR_EL2), 0);
    at_el1(t);
    wr(t, SR_ICC_EOIR1_EL1, VINTID);
    at_el2(t);
    assert_int_equal(FIELD_EX64(rd(t, SR_ICH_HCR_EL2), ICH_HCR, EOIcount), 1);
    assert_int_equal(rd(t, SR_ICH_MISR_EL2), REG_MASK(ICH_MISR, LRENP));
    assert_true(mmio_r32(t, GICR_SGI + ISPENDR) & (1u << GIC_MAINT_PPI));
    /* an EOI with no active priority does nothing */
    at_el1(t);
    wr(t, SR_ICC_EOIR1_EL1, VINTID);
    assert_int_equal(FIELD_EX64(t->cpu->sysreg[SR_ICH_HCR_EL2], ICH_HCR, EOIcount), 1);
}

static void test_underflow(void **state)
{
    T *t = *state;
    vif_on(t, REG_MASK(ICH_HCR, UIE));
    assert_int_equal(rd(t, SR_ICH_MISR_EL2), REG_MASK(ICH_MISR, U));   /* 0 valid */
    assert_true(mmio_r32(t, GICR_SGI + ISPENDR) & (1u << GIC_MAINT_PPI));
    wr(t, SR_ICH_LR0_EL2, lr(ICH_LR_PENDING, true, 0x80, 40));
    assert_int_equal(rd(t, SR_ICH_MISR_EL2), REG_MASK(ICH_MISR, U));   /* 1 valid */
    wr(t, SR_ICH_LR1_EL2, lr(ICH_LR_ACTIVE, true, 0x80, 41));
    assert_int_equal(rd(t, SR_ICH_MISR_EL2), 0);                       /* 2 valid */
    assert_false(mmio_r32(t, GICR_SGI + ISPENDR) & (1u << GIC_MAINT_PPI));
    wr(t, SR_ICH_LR1_EL2, 0);
    assert_true(mmio_r32(t, GICR_SGI + ISPENDR) & (1u << GIC_MAINT_PPI));
    /* En = 0: MISR still reports, but no maintenance interrupt */
    wr(t, SR_ICH_HCR_EL2, REG_MASK(ICH_HCR, UIE));
    assert_int_equal(rd(t, SR_ICH_MISR_EL2), REG_MASK(ICH_MISR, U));
    assert_false(mmio_r32(t, GICR_SGI + ISPENDR) & (1u << GIC_MAINT_PPI));
}

/* A warm reset of the PE (PSCI CPU_ON does one) resets the virtual interface:
   the maintenance interrupt it raised goes, and so do the vIRQ and IRQ lines. */
static void test_reset_lowers_lines(void **state)
{
    T *t = *state;
    vif_on(t, REG_MASK(ICH_HCR, UIE));
    wr(t, SR_ICH_LR0_EL2, lr(ICH_LR_PENDING, true, 0x80, 40));
    assert_true(mmio_r32(t, GICR_SGI + ISPENDR) & (1u << GIC_MAINT_PPI));
    assert_true(t->cpu->irq_lines & CPU_LINE_VIRQ);
    cpu_reset(t->cpu);
    assert_false(mmio_r32(t, GICR_SGI + ISPENDR) & (1u << GIC_MAINT_PPI));
    assert_int_equal(t->cpu->irq_lines, 0);
}

static void test_no_pending(void **state)
{
    T *t = *state;
    vif_on(t, REG_MASK(ICH_HCR, NPIE));
    wr(t, SR_ICH_LR0_EL2, lr(ICH_LR_PENDING, true, 0x80, VINTID));
    assert_int_equal(rd(t, SR_ICH_MISR_EL2), 0);
    at_el1(t);
    assert_int_equal(rd(t, SR_ICC_IAR1_EL1), VINTID);
    at_el2(t);
    assert_int_equal(rd(t, SR_ICH_MISR_EL2), REG_MASK(ICH_MISR, NP));
    assert_true(mmio_r32(t, GICR_SGI + ISPENDR) & (1u << GIC_MAINT_PPI));
    /* active and pending is not pending */
    wr(t, SR_ICH_LR0_EL2, lr(ICH_LR_PENDING_ACTIVE, true, 0x80, VINTID));
    assert_int_equal(rd(t, SR_ICH_MISR_EL2), REG_MASK(ICH_MISR, NP));
}

static void test_group_enable_maintenance(void **state)
{
    T *t = *state;
    vif_on(t, REG_MASK(ICH_HCR, VGrp1EIE) | REG_MASK(ICH_HCR, VGrp0DIE));
    assert_int_equal(rd(t, SR_ICH_MISR_EL2), REG_MASK(ICH_MISR, VGrp1E));
    at_el1(t);
    wr(t, SR_ICC_IGRPEN0_EL1, 0);
    wr(t, SR_ICC_IGRPEN1_EL1, 0);
    at_el2(t);
    assert_int_equal(rd(t, SR_ICH_MISR_EL2), REG_MASK(ICH_MISR, VGrp0D));
}

static void test_vpmr_masks(void **state)
{
    T *t = *state;
    vif_on(t, 0);
    at_el1(t);
    wr(t, SR_ICC_PMR_EL1, 0x80);
    assert_int_equal(rd(t, SR_ICC_PMR_EL1), 0x80);
    assert_int_equal(FIELD_EX64(t->cpu->sysreg[SR_ICH_VMCR_EL2], ICH_VMCR, VPMR), 0x80);
    at_el2(t);
    wr(t, SR_ICH_LR0_EL2, lr(ICH_LR_PENDING, true, 0x80, VINTID));
    assert_false(virq(t));
    at_el1(t);
    assert_int_equal(rd(t, SR_ICC_HPPIR1_EL1), VINTID);   /* pending, but masked */
    assert_int_equal(rd(t, SR_ICC_IAR1_EL1), 1023);
    assert_int_equal(lr_state(t, 0), ICH_LR_PENDING);
    wr(t, SR_ICC_PMR_EL1, 0x88);
    assert_true(virq(t));
    assert_int_equal(rd(t, SR_ICC_IAR1_EL1), VINTID);
}

static void test_priority_preemption(void **state)
{
    T *t = *state;
    vif_on(t, 0);
    wr(t, SR_ICH_LR0_EL2, lr(ICH_LR_PENDING, true, 0x80, 40));
    wr(t, SR_ICH_LR1_EL2, lr(ICH_LR_PENDING, true, 0x40, 41));
    at_el1(t);
    assert_int_equal(rd(t, SR_ICC_IAR1_EL1), 41);          /* the higher first */
    assert_false(virq(t));                                 /* 0x80 cannot preempt 0x40 */
    assert_int_equal(rd(t, SR_ICC_IAR1_EL1), 1023);
    wr(t, SR_ICC_EOIR1_EL1, 41);
    assert_true(virq(t));
    assert_int_equal(rd(t, SR_ICC_IAR1_EL1), 40);
    /* a higher priority preempts the running 0x80 */
    at_el2(t);
    wr(t, SR_ICH_LR1_EL2, lr(ICH_LR_PENDING, true, 0x20, 42));
    assert_true(virq(t));
    at_el1(t);
    assert_int_equal(rd(t, SR_ICC_IAR1_EL1), 42);
    assert_int_equal(rd(t, SR_ICC_RPR_EL1), 0x20);
    wr(t, SR_ICC_EOIR1_EL1, 42);
    assert_int_equal(rd(t, SR_ICC_RPR_EL1), 0x80);
    wr(t, SR_ICC_EOIR1_EL1, 40);
    assert_int_equal(rd(t, SR_ICC_RPR_EL1), 0xff);
    assert_int_equal(lr_state(t, 0), ICH_LR_INVALID);
    /* the binary point groups priorities: VBPR1 = 7 leaves one group bit */
    at_el2(t);
    wr(t, SR_ICH_LR0_EL2, lr(ICH_LR_PENDING, true, 0x60, 40));
    at_el1(t);
    wr(t, SR_ICC_BPR1_EL1, 7);
    assert_int_equal(rd(t, SR_ICC_BPR1_EL1), 7);
    assert_int_equal(rd(t, SR_ICC_IAR1_EL1), 40);
    at_el2(t);
    wr(t, SR_ICH_LR1_EL2, lr(ICH_LR_PENDING, true, 0x20, 41));
    assert_false(virq(t));                                 /* same group priority 0 */
}

static void test_bpr_cbpr(void **state)
{
    T *t = *state;
    vif_on(t, 0);
    at_el1(t);
    wr(t, SR_ICC_BPR0_EL1, 0);                             /* below the minimum 2 */
    assert_int_equal(rd(t, SR_ICC_BPR0_EL1), 2);
    wr(t, SR_ICC_BPR1_EL1, 5);
    assert_int_equal(rd(t, SR_ICC_BPR1_EL1), 5);
    wr(t, SR_ICC_CTLR_EL1, 1);                             /* CBPR */
    assert_int_equal(rd(t, SR_ICC_BPR1_EL1), 3);           /* VBPR0 + 1 */
    wr(t, SR_ICC_BPR1_EL1, 6);                             /* ignored */
    assert_int_equal(FIELD_EX64(t->cpu->sysreg[SR_ICH_VMCR_EL2], ICH_VMCR, VBPR1), 5);
    /* ICV_CTLR_EL1 read-only fields from ICH_VTR_EL2: PRIbits 4, A3V */
    assert_int_equal(rd(t, SR_ICC_CTLR_EL1), 0x8401);
}

static SysregAccess check(T *t, unsigned id, bool isread)
{
    return sysreg_check_access(t->cpu, sysreg_by_id(id), isread);
}

static void test_traps(void **state)
{
    T *t = *state;
    vif_on(t, REG_MASK(ICH_HCR, TALL1));
    at_el1(t);
    assert_int_equal(check(t, SR_ICC_IAR1_EL1, true), SR_ACCESS_TRAP_EL2);
    assert_int_equal(check(t, SR_ICC_IGRPEN1_EL1, false), SR_ACCESS_TRAP_EL2);
    assert_int_equal(check(t, SR_ICC_IAR0_EL1, true), SR_ACCESS_OK);
    assert_int_equal(check(t, SR_ICC_PMR_EL1, true), SR_ACCESS_OK);
    at_el2(t);
    assert_int_equal(check(t, SR_ICC_IAR1_EL1, true), SR_ACCESS_OK);
    wr(t, SR_ICH_HCR_EL2, REG_MASK(ICH_HCR, TALL0));
    at_el1(t);
    assert_int_equal(check(t, SR_ICC_EOIR0_EL1, false), SR_ACCESS_TRAP_EL2);
    assert_int_equal(check(t, SR_ICC_EOIR1_EL1, false), SR_ACCESS_OK);
    t->cpu->sysreg[SR_ICH_HCR_EL2] = REG_MASK(ICH_HCR, TC);
    assert_int_equal(check(t, SR_ICC_PMR_EL1, false), SR_ACCESS_TRAP_EL2);
    assert_int_equal(check(t, SR_ICC_RPR_EL1, true), SR_ACCESS_TRAP_EL2);
    assert_int_equal(check(t, SR_ICC_CTLR_EL1, true), SR_ACCESS_TRAP_EL2);
    assert_int_equal(check(t, SR_ICC_DIR_EL1, false), SR_ACCESS_TRAP_EL2);
    assert_int_equal(check(t, SR_ICC_IAR1_EL1, true), SR_ACCESS_OK);
    /* the trap does not depend on HCR_EL2.IMO/FMO */
    t->cpu->sysreg[SR_HCR_EL2] = REG_MASK(HCR, RW);
    assert_int_equal(check(t, SR_ICC_SGI1R_EL1, false), SR_ACCESS_TRAP_EL2);
    assert_int_equal(check(t, SR_ICC_PMR_EL1, false), SR_ACCESS_TRAP_EL2);
    t->cpu->sysreg[SR_ICH_HCR_EL2] = REG_MASK(ICH_HCR, TDIR);
    assert_int_equal(check(t, SR_ICC_DIR_EL1, false), SR_ACCESS_TRAP_EL2);
    assert_int_equal(check(t, SR_ICC_PMR_EL1, false), SR_ACCESS_OK);
    /* the ICH_ registers: EL2 only; AP<g>R1..3 not implemented */
    assert_int_equal(check(t, SR_ICH_LR0_EL2, true), SR_ACCESS_UNDEFINED);
    at_el2(t);
    assert_int_equal(check(t, SR_ICH_LR15_EL2, false), SR_ACCESS_OK);
    assert_int_equal(check(t, SR_ICH_AP1R0_EL2, true), SR_ACCESS_OK);
    assert_int_equal(check(t, SR_ICH_AP1R1_EL2, true), SR_ACCESS_UNDEFINED);
    assert_int_equal(check(t, SR_ICH_VTR_EL2, false), SR_ACCESS_UNDEFINED);
    /* ICV_AP<g>R1..3_EL1 do not exist with 5 preemption bits; the ICC_ ones
       (8 bits) do */
    t->cpu->sysreg[SR_ICH_HCR_EL2] = 0;
    assert_int_equal(check(t, SR_ICC_AP1R1_EL1, true), SR_ACCESS_OK);       /* EL2: ICC */
    t->cpu->sysreg[SR_HCR_EL2] = REG_MASK(HCR, RW) | REG_MASK(HCR, IMO) | REG_MASK(HCR, FMO);
    at_el1(t);
    assert_int_equal(check(t, SR_ICC_AP1R0_EL1, true), SR_ACCESS_OK);
    assert_int_equal(check(t, SR_ICC_AP1R1_EL1, true), SR_ACCESS_UNDEFINED);
    assert_int_equal(check(t, SR_ICC_AP0R3_EL1, false), SR_ACCESS_UNDEFINED);
    t->cpu->sysreg[SR_HCR_EL2] = REG_MASK(HCR, RW);
    assert_int_equal(check(t, SR_ICC_AP0R3_EL1, false), SR_ACCESS_OK);      /* EL1: ICC */
}

#define T_(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
int main(void)
{
    const struct CMUnitTest tests[] = {
        T_(test_id_and_reset), T_(test_lr_drives_virq_vfiq), T_(test_iar_eoir),
        T_(test_eoimode_dir), T_(test_hw_deactivates_physical), T_(test_eoi_maintenance),
        T_(test_eoicount_lrenp), T_(test_underflow), T_(test_no_pending),
        T_(test_group_enable_maintenance), T_(test_vpmr_masks), T_(test_priority_preemption),
        T_(test_bpr_cbpr), T_(test_traps), T_(test_reset_lowers_lines),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
