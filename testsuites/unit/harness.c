#include "harness.h"

#include "gic/gic.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>

Harness *harness_new(void)
{
    return harness_new_config("max", true);
}

Harness *harness_new_model(const char *model)
{
    return harness_new_config(model, true);
}

Harness *harness_new_config(const char *model, bool have_el2)
{
    const CPUModel *m = cpu_model_find(model);
    assert_non_null(m);
    return harness_new_cpu(m, have_el2);
}

/* -cpu max,x-fp=off: no FP/SIMD, every SIMD&FP instruction UNDEFINED. */
Harness *harness_new_nofp(void)
{
    static CPUModel nofp;
    char err[128];
    nofp = *cpu_model_find("max");
    assert_true(cpu_model_set_property(&nofp, "x-fp", false, err, sizeof err));
    return harness_new_cpu(&nofp, true);
}

Harness *harness_new_cpu(const CPUModel *model, bool have_el2)
{
    Harness *h = calloc(1, sizeof *h);
    assert_non_null(h);
    BoardConfig cfg = {
        .ram_size = 64ull << 20, .smp = 1, .virtualization = have_el2,
        .cpu_model = model,
    };
    h->board = board_create(&cfg);
    assert_non_null(h->board);
    h->cpu = malloc(sizeof *h->cpu);
    assert_non_null(h->cpu);
    h->board->cpus[h->board->ncpus++] = h->cpu;
    cpu_init(h->cpu, h->board, 0, cfg.cpu_model, have_el2);
    board_reset(h->board);

    static uint32_t nops[0x800 / 4];
    for (size_t i = 0; i < sizeof nops / sizeof nops[0]; i++)
        nops[i] = A64_NOP;
    harness_put(h, HARNESS_VBAR_EL1, nops, sizeof nops / sizeof nops[0]);
    harness_put(h, HARNESS_VBAR_EL2, nops, sizeof nops / sizeof nops[0]);
    h->cpu->sysreg[SR_VBAR_EL1] = HARNESS_VBAR_EL1;
    h->cpu->sysreg[SR_VBAR_EL2] = HARNESS_VBAR_EL2;
    return h;
}

Board *harness_board_gic(int ncpus)
{
    BoardConfig cfg = { .ram_size = 16ull << 20, .smp = ncpus, .virtualization = true,
                        .cpu_model = cpu_model_find("max") };
    Board *b = board_create(&cfg);
    assert_non_null(b);
    for (int i = 0; i < ncpus; i++) {
        CPUState *cpu = malloc(sizeof *cpu);
        assert_non_null(cpu);
        b->cpus[b->ncpus++] = cpu;
        cpu_init(cpu, b, i, cfg.cpu_model, true);
    }
    assert_non_null(gic_create(b));
    board_reset(b);
    return b;
}

void harness_free(Harness *h)
{
    board_destroy(h->board);        /* frees the CPUs */
    free(h);
}

void harness_put(Harness *h, uint64_t pa, const uint32_t *insns, size_t count)
{
    assert_true(board_load(h->board, pa, insns, count * sizeof insns[0]));
}

StopReason harness_run_at(Harness *h, uint64_t pc, uint64_t n)
{
    h->cpu->pc = pc;
    h->cpu->icount_limit = h->cpu->icount + n;
    return cpu_run(h->cpu);
}

StopReason harness_exec1(Harness *h, uint32_t insn)
{
    harness_put(h, HARNESS_CODE_BASE, &insn, 1);
    return harness_run_at(h, HARNESS_CODE_BASE, 1);
}

void harness_set_el(Harness *h, unsigned el, unsigned spsel)
{
    cpu_set_el_sp(h->cpu, el, spsel);
}
