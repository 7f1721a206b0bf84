/* Internal interfaces of the MMU module (mmu/): the walker (translate.c),
   the architectural TLB (tlb.c) and the access paths (mmu.c). */
#ifndef TRAPEZE_MMU_INTERNAL_H
#define TRAPEZE_MMU_INTERNAL_H

#include "mmu/mmu.h"

/* Translation regimes (D8.1). */
typedef enum Regime { REGIME_EL10, REGIME_EL20, REGIME_EL2 } Regime;

/* Permission bits kept in an ArchTLBEntry: the descriptor's fields after the
   hierarchical (table) limits were applied. */
enum {
    S1_AP1 = 1 << 0,            /* AP[1]: EL0 may access */
    S1_AP2 = 1 << 1,            /* AP[2]: read-only */
    S1_UXN = 1 << 2,            /* UXN (XN in a single-privilege regime) */
    S1_PXN = 1 << 3,
    S2_R = 1 << 0,              /* S2AP[0] */
    S2_W = 1 << 1,              /* S2AP[1] */
    S2_XN = 1 << 2,
};

/* What a translation produced: the output address and memory type, or a fault. */
typedef struct AddressDescriptor {
    uint64_t pa;
    bool device;                /* Device memory: unaligned accesses fault */
    uint8_t attr;               /* memory attributes in the MAIR encoding */
    uint8_t sh;                 /* shareability, in the SH[1:0] encoding */
    int level;                  /* lookup level of the last stage's leaf descriptor */
    uint8_t s1_size_log2;       /* the stage-1 block or page that mapped the VA; 64 with
                                   stage 1 off (one flat mapping) */
} AddressDescriptor;

/* Where an access comes from, for permission checks. */
typedef struct AccessDesc {
    unsigned kind;              /* ACC_READ, ACC_WRITE, ACC_FETCH */
    unsigned el;                /* the EL whose permissions apply (0 for LDTR at EL1) */
    bool pan;                   /* PSTATE.PAN applies */
    bool walk_only;             /* debug accesses: no TLB fill */
    bool s1_only;               /* AT S1E*: stop after stage 1 (its walk still uses stage 2) */
} AccessDesc;

Regime mmu_regime(const CPUState *cpu, unsigned el);
/* The current VMID of the EL1&0 regime (VTTBR_EL2, 8 or 16 bits). */
unsigned mmu_current_vmid(const CPUState *cpu);

/* AArch64.TranslateAddress(): stage 1 and, for the EL1&0 regime, stage 2,
   with permission checks for acc.  Returns false with *fault filled. */
bool mmu_translate(CPUState *cpu, uint64_t va, const AccessDesc *acc, AddressDescriptor *out,
                   FaultRecord *fault);

/* The architectural TLB (tlb.c). */
const ArchTLBEntry *tlb_lookup(CPUState *cpu, unsigned stage, Regime regime, unsigned vmid,
                               unsigned asid, uint64_t in);
/* Cache e, found for the input address in. */
void tlb_insert(CPUState *cpu, const ArchTLBEntry *e, uint64_t in);

#endif
