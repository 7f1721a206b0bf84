/* The processing element: architectural state, the decoded-instruction
   format, and the helpers every instruction handler uses. */
#ifndef TRAPEZE_CPU_H
#define TRAPEZE_CPU_H

#include <setjmp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "sim/bits.h"
#include "sysregs/fields.h"
#include "sysregs/sysreg_ids.h"

typedef struct CPUState CPUState;
typedef struct Board Board;
typedef struct DecodedInsn DecodedInsn;
typedef struct DecodedPage DecodedPage;

/* Register file indexes after decode-time remapping of register 31:
   a source "Xn|XZR" of 31 reads x[REG_ZR], which is always 0; a destination
   "Xd|XZR" of 31 writes x[REG_DISCARD]; "Xn|SP" of 31 is x[REG_SP], the live
   stack pointer selected by PSTATE.EL and PSTATE.SP. */
enum { REG_ZR = 31, REG_SP = 32, REG_DISCARD = 33, REG_COUNT = 34 };

typedef void ExecFn(CPUState *cpu, const DecodedInsn *d);

/* One decoded instruction, as cached per physical page.  trans_ functions
   (decode) fill it; exec_ functions (execute) read it.  Field meaning is the
   handler's; the names say their common use. */
struct DecodedInsn {
    ExecFn *fn;
    uint32_t insn;
    uint8_t rd, rn, rm, ra;     /* remapped register indexes */
    uint8_t sf;                 /* 1: 64-bit operation */
    uint8_t op;                 /* sub-operation selector */
    uint8_t size;               /* access size log2, shift type, ... */
    uint8_t flags;              /* handler-specific flags */
    uint32_t iss;               /* precomputed syndrome bits (data abort ISV etc.) */
    int64_t imm;
    uint64_t imm2;
    const void *ptr;            /* e.g. the system-register table row */
};

enum { PAGE_BITS = 12, PAGE_SIZE = 1 << PAGE_BITS, INSNS_PER_PAGE = PAGE_SIZE / 4 };

struct DecodedPage {
    DecodedInsn insn[INSNS_PER_PAGE];
};

/* Soft TLB (STYLE.md, convention 9): direct-mapped per access kind and
   translation context; the tag holds the page VA, so a misaligned address,
   another page or an invalid entry all miss and take the slow path. */
enum { SOFTTLB_BITS = 8, SOFTTLB_SIZE = 1 << SOFTTLB_BITS };
enum { ACC_READ, ACC_WRITE, ACC_FETCH, ACC_KINDS };
/* Translation contexts of the soft TLB: one per EL, regime and PSTATE.PAN
   value, so that switching between them needs no flush. */
enum { MMUIDX_EL10_0, MMUIDX_EL10_1, MMUIDX_EL10_1_PAN, MMUIDX_EL2, MMUIDX_EL20_0,
       MMUIDX_EL20_2, MMUIDX_EL20_2_PAN, MMUIDX_COUNT };

typedef struct SoftTLBEntry {
    uint64_t tag;               /* page VA, or SOFTTLB_INVALID */
    uintptr_t addend;           /* host address - VA */
    DecodedPage *dpage;         /* fetch entries: the decoded page */
} SoftTLBEntry;
#define SOFTTLB_INVALID (~0ull)
/* In a write entry's tag: the page's stores must be seen (it holds decoded
   instructions or a reservation of the global monitor).  The fast path never
   matches it (a tag compare uses bits 0..3 for alignment, never bit 11); the
   slow path stores through the entry and tells the board (mmu/mmu.c). */
#define SOFTTLB_FLAGGED 0x800ull

/* The architectural TLB (D8.x): walk results tagged by translation regime,
   VMID, ASID and nG, hit only by matching tags.  Stage-1 entries map VA to
   the stage-1 output (an IPA when stage 2 follows); stage-2 entries map IPA to
   PA.  Only leaf entries are cached (no walk cache), so last-level TLBI forms
   act like the all-levels ones.  Direct-mapped: an entry may be evicted at any
   time, which the architecture permits. */
enum { ARCH_TLB_BITS = 11, ARCH_TLB_SIZE = 1 << ARCH_TLB_BITS };
enum { TLB_REGIMES = 3 };       /* the translation regimes (Regime, mmu/) */
typedef struct ArchTLBEntry {
    uint8_t valid;
    uint8_t regime;             /* Regime (mmu/mmu.h) */
    uint8_t stage;              /* 1 or 2 */
    uint8_t global;             /* nG == 0 */
    uint8_t size_log2;          /* block or page size */
    uint8_t attr;               /* stage 1: MAIR attribute byte; stage 2: MemAttr */
    uint8_t perm;               /* TLB_PERM_* bits, hierarchical limits applied */
    uint8_t level;
    uint8_t sh;                 /* the descriptor's SH[1:0] */
    uint16_t asid, vmid;
    uint64_t in_base;           /* VA (stage 1) or IPA (stage 2) of the block */
    uint64_t out_base;          /* its output address */
} ArchTLBEntry;

/* Exclusive monitor state (B2.9). */
typedef struct ExclusiveMonitor {
    bool valid;
    uint64_t addr;              /* physical address of the reservation */
    uint64_t va;                /* its virtual address (IsExclusiveVA) */
    unsigned size;              /* bytes */
} ExclusiveMonitor;

/* Why the run loop stopped. */
typedef enum StopReason {
    STOP_NONE = 0,
    STOP_POWEROFF,              /* PSCI SYSTEM_OFF */
    STOP_RESET,                 /* PSCI SYSTEM_RESET */
    STOP_EXIT,                  /* semihosting exit: exit_code */
    STOP_INSN_LIMIT,            /* --max-insns */
    STOP_ERROR,                 /* simulator cannot continue: message printed */
    STOP_YIELD,                 /* back to the SMP scheduler: the quantum ended, or the
                                   PE waits (WFI, WFE) or was powered off (sim/smp.h) */
} StopReason;

/* What a PE waits for between scheduling rounds (sim/smp.c). */
typedef enum CPUWait {
    CPU_RUNNING = 0,
    CPU_WAIT_WFI,               /* a WFI wake-up event: exception_interrupt_pending() */
    CPU_WAIT_WFE,               /* a WFE wake-up event: the event register or an interrupt */
} CPUWait;

/* The interrupt inputs of a PE (the GIC CPU interface drives IRQ and FIQ,
   its virtual interface vIRQ and vFIQ). HCR_EL2.VI/VF/VSE are ORed in when
   interrupts are taken (exception.c). */
enum { CPU_LINE_IRQ = 1u << 0, CPU_LINE_FIQ = 1u << 1, CPU_LINE_VIRQ = 1u << 2,
       CPU_LINE_VFIQ = 1u << 3 };

/* CPU model: the ID register values of -cpu NAME and its features. */
typedef struct CPUModel {
    const char *name;
    uint64_t midr, revidr, ctr, dczid, clidr, aidr;
    uint64_t id_aa64pfr0, id_aa64pfr1, id_aa64dfr0, id_aa64isar0, id_aa64isar1;
    uint64_t id_aa64mmfr0, id_aa64mmfr1, id_aa64mmfr2;
    uint32_t features;          /* FEAT_* bits below */
    uint32_t simd_features;     /* FEAT_* that go with FP/SIMD (x-fp=off drops them): crypto */
} CPUModel;

enum {
    FEAT_LSE = 1u << 0,         /* LDADD.., CAS, SWP */
    FEAT_PAN = 1u << 1,
    FEAT_VHE = 1u << 2,
    FEAT_UAO = 1u << 3,
    FEAT_LRCPC = 1u << 4,       /* LDAPR */
    FEAT_CRC32 = 1u << 5,
    FEAT_VMID16 = 1u << 6,
    FEAT_HPDS = 1u << 7,
    FEAT_PAN2 = 1u << 8,        /* AT S1E1RP/WP */
    FEAT_TLBIOS = 1u << 9,      /* TLBI Outer Shareable forms */
    FEAT_FP = 1u << 10,         /* FP and Advanced SIMD (x-fp=off removes them) */
    /* The Cryptographic Extension (Armv8.0), which needs Advanced SIMD: in a
       model's simd_features, removed with FEAT_FP (x-fp=off). */
    FEAT_AES = 1u << 11,        /* AESE, AESD, AESMC, AESIMC */
    FEAT_PMULL = 1u << 12,      /* PMULL/PMULL2 with 64-bit elements (.1q) */
    FEAT_SHA1 = 1u << 13,       /* SHA1C, SHA1P, SHA1M, SHA1H, SHA1SU0, SHA1SU1 */
    FEAT_SHA256 = 1u << 14,     /* SHA256H, SHA256H2, SHA256SU0, SHA256SU1 */
};

/* A SIMD&FP register, with its views (the host is little-endian, as the
   element numbering assumes). */
typedef union VReg {
    uint8_t b[16];
    uint16_t h[8];
    uint32_t s[4];
    uint64_t d[2];
} VReg;

struct CPUState {
    /* Hot state first. */
    uint64_t x[REG_COUNT];
    uint64_t pc;
    uint32_t nzcv;              /* PSTATE.{N,Z,C,V} in bits 31:28 */
    uint32_t daif;              /* PSTATE.{D,A,I,F} in bits 9:6 */
    uint8_t el;                 /* PSTATE.EL */
    uint8_t spsel;              /* PSTATE.SP */
    uint8_t pan, uao, il, ss;   /* PSTATE.PAN, UAO, IL, SS */
    uint8_t mmu_idx;            /* soft TLB context for data accesses */
    uint64_t icount;            /* retired instructions */
    uint64_t icount_limit;      /* run loop stops here */
    uint64_t timer_deadline;    /* icount of the next timer line change (timer/timer.h) */
    /* The page loop leaves after the instruction that makes icount reach this:
       min(icount_limit, timer_deadline, the end of the SMP quantum), or 0
       after cpu_request_exit(). */
    uint64_t run_limit;
    uint64_t quantum_end;       /* icount at which the SMP quantum ends (sim/smp.h) */
    uint32_t timer_lines;       /* timer interrupt levels, bit n = PPI n */
    uint32_t irq_lines;         /* CPU_LINE_*: interrupt inputs from the GIC */
    /* The decoded page being executed (run_page sets it once per page):
       cpu_current_insn() finds the instruction at the PC in it. */
    const DecodedPage *cur_page;
    uintptr_t fetch_addend;     /* host address - VA of the page being executed */
    SoftTLBEntry tlb[ACC_KINDS][MMUIDX_COUNT][SOFTTLB_SIZE];
    ArchTLBEntry arch_tlb[ARCH_TLB_SIZE];
    /* What the flushes need to know to do less (mmu/tlb.c): the soft TLB
       contexts filled since they were last emptied, and per context and VA
       half (bit 55) the range (56-bit keys, lo > hi when none) of the
       stage-1 blocks larger than a page its entries came from: a TLBI by VA
       outside it empties one slot instead of the context.  The same for the
       arch TLB: per regime and area (stage 1 lower half, upper half, stage
       2), the input range of its entries larger than a page, outside which
       a TLBI by address looks at one slot only. */
    uint32_t softtlb_dirty;
    uint64_t softtlb_large_lo[MMUIDX_COUNT][2], softtlb_large_hi[MMUIDX_COUNT][2];
    uint64_t tlb_large_lo[TLB_REGIMES][3], tlb_large_hi[TLB_REGIMES][3];

    uint64_t sp_el[3];          /* banked SP_EL0..2; the live one is x[REG_SP] */
    VReg v[32];                 /* V0..V31 (FPCR, FPSR are table rows) */
    uint64_t sysreg[SR_COUNT];  /* storage for table rows */
    ExclusiveMonitor excl;
    bool event_register;

    /* Configuration. */
    int index;
    bool have_el2;
    const CPUModel *model;
    Board *board;

    /* SMP scheduling (sim/smp.c): power state (PSCI CPU_ON/CPU_OFF), what the
       PE waits for, and the part of icount spent waiting or off (skipped
       time, not retired instructions). */
    bool powered_on;
    CPUWait wait;
    uint64_t icount_idle;
    uint64_t wfe_event_at;      /* in WFE: icount of the next event-stream event */

    /* Run-loop control. */
    jmp_buf jmp;
    StopReason stop;
    int exit_code;
};

/* The decoded instruction being executed (the PC has not moved on while it
   can still fault), or NULL outside the run loop. */
static inline const DecodedInsn *cpu_current_insn(const CPUState *cpu)
{
    return cpu->cur_page ? &cpu->cur_page->insn[(cpu->pc >> 2) & (INSNS_PER_PAGE - 1)] : NULL;
}

/* ---- register access (handlers use these; indexes are already remapped) ---- */
static inline uint64_t X(const CPUState *cpu, unsigned r) { return cpu->x[r]; }
static inline uint32_t W(const CPUState *cpu, unsigned r) { return (uint32_t)cpu->x[r]; }
/* Write a result of width sf ? 64 : 32 (32-bit writes zero the top half). */
static inline void set_reg(CPUState *cpu, unsigned r, bool sf, uint64_t v)
{
    cpu->x[r] = sf ? v : (uint32_t)v;
}

/* Decode-time remapping of a 5-bit register field. */
static inline uint8_t reg_zr(unsigned r) { return (uint8_t)r; }           /* read Xn|XZR */
static inline uint8_t reg_zr_dst(unsigned r) { return r == 31 ? REG_DISCARD : (uint8_t)r; }
static inline uint8_t reg_sp(unsigned r) { return r == 31 ? REG_SP : (uint8_t)r; } /* Xn|SP */

/* ---- PSTATE ---- */
enum { PSTATE_N = 1u << 31, PSTATE_Z = 1u << 30, PSTATE_C = 1u << 29, PSTATE_V = 1u << 28 };

/* ConditionHolds() (J1.2, shared/functions/system). */
static inline bool ConditionHolds(uint32_t nzcv, unsigned cond)
{
    bool n = nzcv & PSTATE_N, z = nzcv & PSTATE_Z, c = nzcv & PSTATE_C, v = nzcv & PSTATE_V;
    bool result;
    switch (cond >> 1) {
    case 0: result = z; break;
    case 1: result = c; break;
    case 2: result = n; break;
    case 3: result = v; break;
    case 4: result = c && !z; break;
    case 5: result = n == v; break;
    case 6: result = n == v && !z; break;
    default: result = true; break;
    }
    if ((cond & 1) && cond != 15)
        result = !result;
    return result;
}

/* PSTATE packed as an SPSR value (GetPSRFromPSTATE for AArch64). */
uint64_t cpu_get_pstate(const CPUState *cpu);
/* Select the stack pointer for the current PSTATE.EL/SP, banking the old one. */
void cpu_set_el_sp(CPUState *cpu, unsigned el, unsigned spsel);
/* Read/write SP_ELn whether or not it is the live stack pointer. */
uint64_t cpu_get_sp_el(const CPUState *cpu, unsigned n);
void cpu_set_sp_el(CPUState *cpu, unsigned n, uint64_t v);

/* ---- architectural predicates (shared/functions) ---- */
static inline bool HaveEL(const CPUState *cpu, unsigned el)
{
    return el <= 1 || (el == 2 && cpu->have_el2);
}
/* No EL3 and a single (Non-secure) security state: EL2 is enabled when present. */
static inline bool EL2Enabled(const CPUState *cpu) { return cpu->have_el2; }
static inline uint64_t HCR_EL2(const CPUState *cpu)
{
    return EL2Enabled(cpu) ? cpu->sysreg[SR_HCR_EL2] : 0;
}
/* ELIsInHost() (D8.x): EL2&0 regime with E2H, and EL0 with E2H and TGE. */
static inline bool ELIsInHost(const CPUState *cpu, unsigned el)
{
    uint64_t hcr = HCR_EL2(cpu);
    if (!(cpu->model->features & FEAT_VHE) || !FIELD_EX64(hcr, HCR, E2H))
        return false;
    return el == 2 || (el == 0 && FIELD_EX64(hcr, HCR, TGE));
}
/* The SCTLR_ELx that governs accesses made at the current EL. */
static inline uint64_t cpu_sctlr(const CPUState *cpu)
{
    if (cpu->el == 2 || (cpu->el == 0 && ELIsInHost(cpu, 0)))
        return cpu->sysreg[SR_SCTLR_EL2];
    return cpu->sysreg[SR_SCTLR_EL1];
}

/* ---- life cycle (sim/cpu.c) ---- */
void cpu_init(CPUState *cpu, Board *board, int index, const CPUModel *model, bool have_el2);
void cpu_reset(CPUState *cpu);
const CPUModel *cpu_model_find(const char *name);
/* Apply a -cpu property ("x-fp", "pauth", ...) to a model copy; false with a
   message in err (of errlen bytes) for an unknown or impossible property. */
bool cpu_model_set_property(CPUModel *m, const char *name, bool on, char *err, size_t errlen);
void cpu_dump_state(const CPUState *cpu, FILE *out);

/* ---- leaving an instruction early (sim/run.c) ---- */
/* Abandon the current instruction and return to the run loop; the caller
   has already made the architectural state consistent (e.g. taken an exception). */
_Noreturn void cpu_loop_exit(CPUState *cpu);
/* The current instruction has completed (PC updated) and changed state the
   run loop must look at again (PSTATE.EL, DAIF, ...): retire it and return. */
_Noreturn void cpu_end_block(CPUState *cpu);
/* Request the run loop to stop with reason (after the current instruction). */
_Noreturn void cpu_stop(CPUState *cpu, StopReason why);
/* Print a clear error naming the problem and stop the simulation. */
_Noreturn void cpu_fatal(CPUState *cpu, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Make the run loop look at the interrupt lines, the timers and the quantum
   again once the current instruction has retired (any CPU may call it for
   any other). */
static inline void cpu_request_exit(CPUState *cpu) { cpu->run_limit = 0; }
/* Set (level true) or clear the lines in mask; a change requests an exit. */
void cpu_set_irq_lines(CPUState *cpu, uint32_t mask, bool level);

/* Run until a stop reason; returns it. */
StopReason cpu_run(CPUState *cpu);

/* Empty the soft TLB, of every context or of the contexts in mask (1 << MMUIDX_*). */
void cpu_tlb_flush(CPUState *cpu);
void cpu_tlb_flush_mask(CPUState *cpu, unsigned mask);
/* Drop what the contexts in mask may hold for the page of va (56-bit key):
   its slot, or the whole context when va lies in a block it cached. */
void cpu_tlb_flush_page_mask(CPUState *cpu, unsigned mask, uint64_t va);
/* A soft TLB context received an entry made from a stage-1 block or page
   of 2^size_log2 bytes holding va (the MMU's fill). */
void cpu_tlb_note_fill(CPUState *cpu, unsigned mmu_idx, uint64_t va, unsigned size_log2);
#define MMUIDX_MASK_EL10 ((1u << MMUIDX_EL10_0) | (1u << MMUIDX_EL10_1) | (1u << MMUIDX_EL10_1_PAN))
#define MMUIDX_MASK_EL2 ((1u << MMUIDX_EL2) | (1u << MMUIDX_EL20_0) | (1u << MMUIDX_EL20_2) | \
                         (1u << MMUIDX_EL20_2_PAN))

#endif
