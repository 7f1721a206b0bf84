/* TLBI VALE1 / VALE1IS (Xt = ASID[63:48] : VA[55:12]): as VAE1, but only entries from
 * the last level of the walk (the leaf: a page, or a block) need be invalidated, so it
 * is enough when only a leaf descriptor changed, which is all this test changes. Scope:
 * the stage 1 entries of the EL1&0 regime (current VMID) for the VA, for that ASID, and
 * global ones whatever the ASID given; a block's entry is hit by any VA inside it.
 * EL1&0 regime, ASID 1: X1, X2 nG pages, G a global page, B an nG 2 MiB block; each is
 * used once, the four leaf descriptors are changed, then at EL1:
 *   TLBI VALE1 (X1, ASID 1)           -> X1 new (required); X2 old (outside the scope;
 *                                        kept by trapeze's and QEMU's TLBs, nothing
 *                                        here evicts it)
 *   TLBI VALE1 (G, ASID 0x55)         -> G new (global: the ASID does not matter)
 *   TLBI VALE1 (B + 0x12340, ASID 1)  -> B new (any VA in the block)
 * then the same with VALE1IS. RAM is mapped with pages (see pt_map_ram_pages).
 */
#define TLBI_OP    vale1
#define TLBI_OP_IS vale1is
#define TLBI_NAME  "VALE1"
#include "mmu_tlbi_vae1.c"
