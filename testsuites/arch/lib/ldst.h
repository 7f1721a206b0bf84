/* Helpers for the load/store tests: a 512-byte buffer whose byte i is (i % 16) * 0x11,
 * so bytes 0-7 are positive as signed values and bytes 8-15 negative. */
#ifndef TRAPEZE_ARCH_LDST_H
#define TRAPEZE_ARCH_LDST_H
#include "test.h"

static uint64_t ldst_buf[64] __attribute__((aligned(64)));
#define BUF ((uint8_t *)ldst_buf)
#define PAT_LO 0x7766554433221100ULL
#define PAT_HI 0xffeeddccbbaa9988ULL

static inline void ldst_fill(void)
{
    for (int i = 0; i < 64; i++)
        ldst_buf[i] = (i & 1) ? PAT_HI : PAT_LO;
}

/* aligned 64-bit read of the doubleword holding byte offset off */
static inline uint64_t ldst_dword(unsigned off) { return ((volatile uint64_t *)ldst_buf)[off / 8]; }

/* load with a preset destination (to check zero/sign extension of Xd) */
#define LD(insn, base) ({ uint64_t d_ = 0xdeadbeefdeadbeefULL; \
    asm volatile(insn : [d] "+r"(d_) : [p] "r"((uint64_t)(base)) : "memory"); d_; })
#define ST(insn, val, base) \
    asm volatile(insn :: [v] "r"((uint64_t)(val)), [p] "r"((uint64_t)(base)) : "memory")
#endif
