/* Unit-test harness: a board with one CPU (-cpu max, EL2 implemented) whose
   instructions are written into RAM and run through cpu_run(). */
#ifndef TRAPEZE_UNIT_HARNESS_H
#define TRAPEZE_UNIT_HARNESS_H

#include <stddef.h>
#include <stdint.h>

#include "sim/board/board.h"
#include "sim/cpu.h"

/* Code goes here (the kernel load address of the virt board). */
#define HARNESS_CODE_BASE 0x40080000ull
/* Vector tables, filled with NOPs so that execution after an exception
   continues predictably.  Taking an exception is one step of the
   instruction count (sim/exception.c), like a retired instruction. */
#define HARNESS_VBAR_EL1 0x40000000ull
#define HARNESS_VBAR_EL2 0x40010000ull
#define A64_NOP 0xd503201fu

typedef struct Harness {
    Board *board;
    CPUState *cpu;
} Harness;

/* A reset board: the CPU at EL2h, MMU off, VBAR_EL1/EL2 at the NOP tables. */
Harness *harness_new(void);
/* The same with another CPU model, and with or without EL2. */
Harness *harness_new_model(const char *model);
Harness *harness_new_config(const char *model, bool have_el2);
/* A CPU model the caller owns (it must outlive the harness). */
Harness *harness_new_cpu(const CPUModel *model, bool have_el2);
/* -cpu max,x-fp=off: no FP/SIMD (ID_AA64PFR0.FP/AdvSIMD = 0b1111). */
Harness *harness_new_nofp(void);
void harness_free(Harness *h);

/* A reset board of ncpus CPUs (-cpu max, EL2) with the GIC (board->gic), for
   the interrupt tests; free it with board_destroy(). */
Board *harness_board_gic(int ncpus);

/* Write words at pa (invalidating any decoded copy). */
void harness_put(Harness *h, uint64_t pa, const uint32_t *insns, size_t count);
/* Run from pc for n more steps (instructions retired or exceptions taken);
   returns the stop reason. */
StopReason harness_run_at(Harness *h, uint64_t pc, uint64_t n);
/* One instruction at HARNESS_CODE_BASE, executed once. */
StopReason harness_exec1(Harness *h, uint32_t insn);

/* Move the CPU to an EL and stack pointer without an exception. */
void harness_set_el(Harness *h, unsigned el, unsigned spsel);

#endif
