/* Advanced SIMD load/store multiple structures and single structure
   (C4.1.94; C7.2 LD1..LD4, ST1..ST4, LD1R..LD4R), on a CPU model with
   FEAT_FP.  Each instruction is its raw word with the disassembly (GNU
   objdump) in a comment.  Memory holds bytes 0x01, 0x02, ... so every
   element is distinct; the expected register images follow the element
   ordering of the pseudocode: element e of structure member s is at byte
   offset (e * selem + s) * ebytes, registers numbered modulo 32. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <string.h>

#include "decoder/decoder.h"
#include "harness.h"
#include "sim/board/board.h"
#include "sim/exception.h"
#include "sysregs/sysregs.h"

#define DATA 0x40100000ull
#define RAM_END 0x44000000ull       /* harness: 64 MiB of RAM at 0x40000000 */

static uint8_t mem[256];

static Harness *simd_harness(void)
{
    Harness *h = harness_new();
    h->cpu->sysreg[SR_CPACR_EL1] = 3u << 20;        /* FPEN = 0b11 */
    for (unsigned i = 0; i < sizeof mem; i++)
        mem[i] = (uint8_t)(i + 1);
    assert_true(board_load(h->board, DATA, mem, sizeof mem));
    /* Register bytes (0x80 and up) differ from the memory bytes. */
    for (unsigned r = 0; r < 32; r++)
        for (unsigned i = 0; i < 16; i++)
            h->cpu->v[r].b[i] = (uint8_t)(0x80 + r * 3 + i);
    return h;
}

/* Run one instruction at EL2 that must complete (run_exc: may take an
   exception, which the NOP vectors absorb). */
static void run_exc(Harness *h, uint32_t insn)
{
    harness_set_el(h, 2, 1);
    assert_int_equal(harness_exec1(h, insn), STOP_INSN_LIMIT);
}

static void run(Harness *h, uint32_t insn)
{
    run_exc(h, insn);
    assert_int_equal(h->cpu->pc, HARNESS_CODE_BASE + 4);
}

static void reset_mem(Harness *h)
{
    assert_true(board_load(h->board, DATA, mem, sizeof mem));
}

static unsigned esr_ec2(const CPUState *cpu)
{
    return FIELD_EX64(cpu->sysreg[SR_ESR_EL2], ESR, EC);
}

/* The registers after LDn/LD1 (multiple structures) of rpt registers and
   selem members from memory offset 0; q = 0: upper halves zero. */
static void check_loaded_mult(const CPUState *cpu, unsigned first, unsigned rpt,
                              unsigned selem, unsigned ebytes, bool q)
{
    unsigned regbytes = q ? 16 : 8;
    unsigned total = regbytes * rpt * selem;
    for (unsigned j = 0; j < total; j++) {
        unsigned k = j / ebytes;                /* element number in memory */
        unsigned reg, lane;
        if (selem == 1) {
            reg = (first + j / regbytes) % 32;
            lane = (j % regbytes) / ebytes;
        } else {
            reg = (first + k % selem) % 32;
            lane = k / selem;
        }
        assert_int_equal(cpu->v[reg].b[lane * ebytes + j % ebytes], mem[j]);
    }
    if (!q)
        for (unsigned r = 0; r < rpt * selem; r++)
            assert_int_equal(cpu->v[(first + r) % 32].d[1], 0);
}

/* Memory at DATA after STn/ST1 (multiple structures): the same mapping. */
static void check_stored_mult(Harness *h, unsigned first, unsigned rpt, unsigned selem,
                              unsigned ebytes, bool q)
{
    const CPUState *cpu = h->cpu;
    unsigned regbytes = q ? 16 : 8;
    unsigned total = regbytes * rpt * selem;
    uint8_t got[256];
    assert_true(mem_debug_read(h->cpu, DATA, got, total + 1));
    for (unsigned j = 0; j < total; j++) {
        unsigned k = j / ebytes;
        unsigned reg, lane;
        if (selem == 1) {
            reg = (first + j / regbytes) % 32;
            lane = (j % regbytes) / ebytes;
        } else {
            reg = (first + k % selem) % 32;
            lane = k / selem;
        }
        assert_int_equal(got[j], cpu->v[reg].b[lane * ebytes + j % ebytes]);
    }
    assert_int_equal(got[total], mem[total]);       /* nothing beyond */
}

static void test_ld1_multiple(void **state)
{
    (void)state;
    Harness *h = simd_harness();
    CPUState *cpu = h->cpu;
    cpu->x[1] = DATA;
    run(h, 0x4c407020);     /* ld1 {v0.16b}, [x1] */
    check_loaded_mult(cpu, 0, 1, 1, 1, true);
    assert_int_equal(cpu->x[1], DATA);
    cpu->x[4] = DATA;
    run(h, 0x0c40a082);     /* ld1 {v2.8b, v3.8b}, [x4] */
    check_loaded_mult(cpu, 2, 2, 1, 1, false);
    cpu->x[8] = DATA;
    run(h, 0x0c406505);     /* ld1 {v5.4h-v7.4h}, [x8] */
    check_loaded_mult(cpu, 5, 3, 1, 2, false);
    assert_int_equal(cpu->v[5].h[0], 0x0201);
    cpu->x[REG_SP] = DATA;
    run(h, 0x4c402ffe);     /* ld1 {v30.2d, v31.2d, v0.2d, v1.2d}, [sp] */
    check_loaded_mult(cpu, 30, 4, 1, 8, true);
    assert_int_equal(cpu->v[0].d[0], 0x2827262524232221ull);
    assert_int_equal(cpu->x[REG_SP], DATA);
    harness_free(h);
}

static void test_ld1_post_index(void **state)
{
    (void)state;
    Harness *h = simd_harness();
    CPUState *cpu = h->cpu;
    cpu->x[2] = DATA;
    run(h, 0x0cdf7c41);     /* ld1 {v1.1d}, [x2], #8 */
    assert_int_equal(cpu->v[1].d[0], 0x0807060504030201ull);
    assert_int_equal(cpu->v[1].d[1], 0);
    assert_int_equal(cpu->x[2], DATA + 8);
    cpu->x[2] = DATA;
    cpu->x[3] = (uint64_t)-0x100;
    run(h, 0x4cc3a841);     /* ld1 {v1.4s, v2.4s}, [x2], x3 */
    check_loaded_mult(cpu, 1, 2, 1, 4, true);
    assert_int_equal(cpu->x[2], DATA - 0x100);
    harness_free(h);
}

static void test_ldn_multiple(void **state)
{
    (void)state;
    Harness *h = simd_harness();
    CPUState *cpu = h->cpu;
    cpu->x[1] = DATA;
    run(h, 0x4c408420);     /* ld2 {v0.8h, v1.8h}, [x1] */
    check_loaded_mult(cpu, 0, 1, 2, 2, true);
    assert_int_equal(cpu->v[0].h[1], 0x0605);
    assert_int_equal(cpu->v[1].h[0], 0x0403);
    run(h, 0x0cdf883f);     /* ld2 {v31.2s, v0.2s}, [x1], #16 */
    check_loaded_mult(cpu, 31, 1, 2, 4, false);
    assert_int_equal(cpu->x[1], DATA + 16);
    cpu->x[1] = DATA;
    run(h, 0x4c404820);     /* ld3 {v0.4s-v2.4s}, [x1] */
    check_loaded_mult(cpu, 0, 1, 3, 4, true);
    run(h, 0x0cdf403d);     /* ld3 {v29.8b-v31.8b}, [x1], #24 */
    check_loaded_mult(cpu, 29, 1, 3, 1, false);
    assert_int_equal(cpu->v[30].b[1], 0x05);
    assert_int_equal(cpu->x[1], DATA + 24);
    cpu->x[1] = DATA;
    run(h, 0x4c400c20);     /* ld4 {v0.2d-v3.2d}, [x1] */
    check_loaded_mult(cpu, 0, 1, 4, 8, true);
    assert_int_equal(cpu->v[1].d[1], 0x302f2e2d2c2b2a29ull);
    cpu->x[2] = DATA;
    run(h, 0x4cdf005c);     /* ld4 {v28.16b-v31.16b}, [x2], #64 */
    check_loaded_mult(cpu, 28, 1, 4, 1, true);
    assert_int_equal(cpu->x[2], DATA + 64);
    harness_free(h);
}

static void test_stores_multiple(void **state)
{
    (void)state;
    Harness *h = simd_harness();
    CPUState *cpu = h->cpu;
    cpu->x[1] = DATA;
    run(h, 0x4c007020);     /* st1 {v0.16b}, [x1] */
    check_stored_mult(h, 0, 1, 1, 1, true);
    reset_mem(h);
    run(h, 0x4c9f683e);     /* st1 {v30.4s, v31.4s, v0.4s}, [x1], #48 */
    assert_int_equal(cpu->x[1], DATA + 48);
    check_stored_mult(h, 30, 3, 1, 4, true);
    reset_mem(h);
    cpu->x[9] = DATA;
    cpu->x[10] = 3;
    run(h, 0x0c8a2d24);     /* st1 {v4.1d-v7.1d}, [x9], x10 */
    check_stored_mult(h, 4, 4, 1, 8, false);
    assert_int_equal(cpu->x[9], DATA + 3);
    reset_mem(h);
    cpu->x[1] = DATA;
    cpu->x[2] = 32;
    run(h, 0x4c828020);     /* st2 {v0.16b, v1.16b}, [x1], x2 */
    check_stored_mult(h, 0, 1, 2, 1, true);
    assert_int_equal(cpu->x[1], DATA + 32);
    reset_mem(h);
    cpu->x[3] = DATA;
    run(h, 0x0c004460);     /* st3 {v0.4h-v2.4h}, [x3] */
    check_stored_mult(h, 0, 1, 3, 2, false);
    reset_mem(h);
    cpu->x[5] = DATA;
    cpu->x[6] = 64;
    run(h, 0x4c8604bf);     /* st4 {v31.8h, v0.8h, v1.8h, v2.8h}, [x5], x6 */
    check_stored_mult(h, 31, 1, 4, 2, true);
    assert_int_equal(cpu->x[5], DATA + 64);
    /* Round trip: ld4 of what st4 wrote gives back the registers. */
    VReg saved[4] = { cpu->v[31], cpu->v[0], cpu->v[1], cpu->v[2] };
    memset(cpu->v, 0, sizeof cpu->v);
    cpu->x[5] = DATA;
    run(h, 0x4cdf04bf);     /* ld4 {v31.8h, v0.8h, v1.8h, v2.8h}, [x5], #64 */
    assert_memory_equal(&cpu->v[31], &saved[0], 16);
    assert_memory_equal(&cpu->v[0], &saved[1], 48);
    harness_free(h);
}

static void test_single_structure(void **state)
{
    (void)state;
    Harness *h = simd_harness();
    CPUState *cpu = h->cpu;
    VReg before = cpu->v[0];
    cpu->x[1] = DATA;
    run(h, 0x4d401c20);     /* ld1 {v0.b}[15], [x1] */
    before.b[15] = 0x01;
    assert_memory_equal(&cpu->v[0], &before, 16);
    run(h, 0x0ddf5820);     /* ld1 {v0.h}[3], [x1], #2: Q = 0 keeps the upper half */
    before.h[3] = 0x0201;
    assert_memory_equal(&cpu->v[0], &before, 16);
    assert_int_equal(cpu->x[1], DATA + 2);
    cpu->x[1] = DATA + 4;
    cpu->x[2] = 4;
    run(h, 0x4dc28020);     /* ld1 {v0.s}[2], [x1], x2 */
    before.s[2] = 0x08070605;
    assert_memory_equal(&cpu->v[0], &before, 16);
    assert_int_equal(cpu->x[1], DATA + 8);
    run(h, 0x4d408420);     /* ld1 {v0.d}[1], [x1] */
    before.d[1] = 0x100f0e0d0c0b0a09ull;
    assert_memory_equal(&cpu->v[0], &before, 16);

    cpu->x[1] = DATA;
    VReg b31 = cpu->v[31], b0 = cpu->v[0];
    run(h, 0x0dff903f);     /* ld2 {v31.s, v0.s}[1], [x1], #8 */
    b31.s[1] = 0x04030201;
    b0.s[1] = 0x08070605;
    assert_memory_equal(&cpu->v[31], &b31, 16);
    assert_memory_equal(&cpu->v[0], &b0, 16);
    assert_int_equal(cpu->x[1], DATA + 8);

    cpu->x[1] = DATA;
    VReg b[4] = { cpu->v[1], cpu->v[2], cpu->v[3] };
    run(h, 0x4ddf2421);     /* ld3 {v1.b-v3.b}[9], [x1], #3 */
    for (unsigned s = 0; s < 3; s++) {
        b[s].b[9] = (uint8_t)(s + 1);
        assert_memory_equal(&cpu->v[1 + s], &b[s], 16);
    }
    assert_int_equal(cpu->x[1], DATA + 3);

    cpu->x[1] = DATA;
    unsigned regs[4] = { 30, 31, 0, 1 };
    for (unsigned s = 0; s < 4; s++)
        b[s] = cpu->v[regs[s]];
    run(h, 0x4dff683e);     /* ld4 {v30.h, v31.h, v0.h, v1.h}[5], [x1], #8 */
    for (unsigned s = 0; s < 4; s++) {
        b[s].h[5] = (uint16_t)(mem[2 * s] | mem[2 * s + 1] << 8);
        assert_memory_equal(&cpu->v[regs[s]], &b[s], 16);
    }
    assert_int_equal(cpu->x[1], DATA + 8);
    harness_free(h);
}

static void test_single_structure_stores(void **state)
{
    (void)state;
    Harness *h = simd_harness();
    CPUState *cpu = h->cpu;
    uint8_t got[64];
    cpu->x[1] = DATA;
    run(h, 0x0d9f0023);     /* st1 {v3.b}[0], [x1], #1 */
    assert_int_equal(cpu->x[1], DATA + 1);
    cpu->x[1] = DATA + 2;
    run(h, 0x4d205821);     /* st2 {v1.h, v2.h}[7], [x1] */
    cpu->x[1] = DATA + 8;
    cpu->x[4] = 100;
    run(h, 0x4d84a421);     /* st3 {v1.d-v3.d}[1], [x1], x4 */
    assert_int_equal(cpu->x[1], DATA + 108);
    cpu->x[REG_SP] = DATA + 32;
    run(h, 0x4d20b3e0);     /* st4 {v0.s-v3.s}[3], [sp] */
    assert_true(mem_debug_read(cpu, DATA, got, sizeof got));
    assert_int_equal(got[0], cpu->v[3].b[0]);
    assert_int_equal(got[1], mem[1]);
    assert_memory_equal(got + 2, &cpu->v[1].h[7], 2);
    assert_memory_equal(got + 4, &cpu->v[2].h[7], 2);
    assert_int_equal(got[6], mem[6]);
    for (unsigned s = 0; s < 3; s++)
        assert_memory_equal(got + 8 + 8 * s, &cpu->v[1 + s].d[1], 8);
    for (unsigned s = 0; s < 4; s++)
        assert_memory_equal(got + 32 + 4 * s, &cpu->v[s].s[3], 4);
    assert_int_equal(got[48], mem[48]);
    harness_free(h);
}

static void test_replicate(void **state)
{
    (void)state;
    Harness *h = simd_harness();
    CPUState *cpu = h->cpu;
    cpu->x[1] = DATA + 5;
    run(h, 0x4d40c020);     /* ld1r {v0.16b}, [x1] */
    assert_int_equal(cpu->v[0].d[0], 0x0606060606060606ull);
    assert_int_equal(cpu->v[0].d[1], 0x0606060606060606ull);
    cpu->x[1] = DATA;
    run(h, 0x0ddfc420);     /* ld1r {v0.4h}, [x1], #2 */
    assert_int_equal(cpu->v[0].d[0], 0x0201020102010201ull);
    assert_int_equal(cpu->v[0].d[1], 0);
    assert_int_equal(cpu->x[1], DATA + 2);
    cpu->x[1] = DATA + 4;
    cpu->x[9] = (uint64_t)-4;
    run(h, 0x0de9c820);     /* ld2r {v0.2s, v1.2s}, [x1], x9 */
    assert_int_equal(cpu->v[0].d[0], 0x0807060508070605ull);
    assert_int_equal(cpu->v[1].d[0], 0x0c0b0a090c0b0a09ull);
    assert_int_equal(cpu->v[0].d[1], 0);
    assert_int_equal(cpu->v[1].d[1], 0);
    assert_int_equal(cpu->x[1], DATA);
    run(h, 0x4ddfec20);     /* ld3r {v0.2d-v2.2d}, [x1], #24 */
    assert_int_equal(cpu->v[0].d[0], 0x0807060504030201ull);
    assert_int_equal(cpu->v[0].d[1], 0x0807060504030201ull);
    assert_int_equal(cpu->v[2].d[1], 0x1817161514131211ull);
    assert_int_equal(cpu->x[1], DATA + 24);
    cpu->x[1] = DATA;
    run(h, 0x0d60ec3f);     /* ld4r {v31.1d, v0.1d, v1.1d, v2.1d}, [x1] */
    assert_int_equal(cpu->v[31].d[0], 0x0807060504030201ull);
    assert_int_equal(cpu->v[2].d[0], 0x201f1e1d1c1b1a19ull);
    assert_int_equal(cpu->v[31].d[1], 0);
    assert_int_equal(cpu->v[2].d[1], 0);
    assert_int_equal(cpu->x[1], DATA);
    run(h, 0x0dffe020);     /* ld4r {v0.8b-v3.8b}, [x1], #4 */
    for (unsigned s = 0; s < 4; s++) {
        assert_int_equal(cpu->v[s].d[0], 0x0101010101010101ull * (s + 1));
        assert_int_equal(cpu->v[s].d[1], 0);
    }
    assert_int_equal(cpu->x[1], DATA + 4);
    harness_free(h);
}

/* MMU off: memory is Device, so a misaligned element takes an Alignment fault
   (DFSC 0b100001, ISV = 0); byte elements are never misaligned.  A fault
   leaves the base register unchanged; registers loaded before it may have
   changed, memory after it is not written. */
static void test_alignment_and_faults(void **state)
{
    (void)state;
    Harness *h = simd_harness();
    CPUState *cpu = h->cpu;
    cpu->x[1] = DATA + 1;
    run(h, 0x4c407020);     /* ld1 {v0.16b}, [x1] */
    assert_memory_equal(cpu->v[0].b, mem + 1, 16);

    cpu->x[1] = DATA + 2;
    run(h, 0x0ddfc420);     /* ld1r {v0.4h}, [x1], #2: halfword-aligned */
    cpu->x[2] = DATA + 4;
    run(h, 0x4cdf0044);     /* ld4 {v4.16b-v7.16b}, [x2], #64: bytes */
    assert_int_equal(cpu->x[2], DATA + 68);

    cpu->x[2] = DATA + 4;
    run_exc(h, 0x0cdf7c41);     /* ld1 {v1.1d}, [x2], #8 */
    assert_int_equal(esr_ec2(cpu), EC_DATA_ABORT_SAME);
    assert_int_equal(FIELD_EX64(cpu->sysreg[SR_ESR_EL2], ISS_DA, DFSC), 0x21);
    assert_int_equal(FIELD_EX64(cpu->sysreg[SR_ESR_EL2], ISS_DA, ISV), 0);
    assert_int_equal(FIELD_EX64(cpu->sysreg[SR_ESR_EL2], ISS_DA, WNR), 0);
    assert_int_equal(cpu->sysreg[SR_FAR_EL2], DATA + 4);
    assert_int_equal(cpu->sysreg[SR_ELR_EL2], HARNESS_CODE_BASE);
    assert_int_equal(cpu->x[2], DATA + 4);

    cpu->x[1] = DATA + 1;
    run_exc(h, 0x0d008423);     /* st1 {v3.d}[0], [x1] */
    assert_int_equal(esr_ec2(cpu), EC_DATA_ABORT_SAME);
    assert_int_equal(FIELD_EX64(cpu->sysreg[SR_ESR_EL2], ISS_DA, WNR), 1);
    assert_int_equal(cpu->sysreg[SR_FAR_EL2], DATA + 1);

    /* The second register's elements are beyond RAM: external abort on the
       first of them, base not written back. */
    cpu->x[2] = RAM_END - 16;
    cpu->x[3] = 0x1000;
    run_exc(h, 0x4cc3a841);     /* ld1 {v1.4s, v2.4s}, [x2], x3 */
    assert_int_equal(esr_ec2(cpu), EC_DATA_ABORT_SAME);
    assert_int_equal(FIELD_EX64(cpu->sysreg[SR_ESR_EL2], ISS_DA, DFSC), 0x10);
    assert_int_equal(cpu->sysreg[SR_FAR_EL2], RAM_END);
    assert_int_equal(cpu->x[2], RAM_END - 16);

    /* SCTLR_EL2.A with the MMU off changes nothing; an SP base is checked
       first (SCTLR_EL2.SA). */
    cpu->sysreg[SR_SCTLR_EL2] |= REG_MASK(SCTLR, SA);
    cpu->x[REG_SP] = DATA + 8;
    run_exc(h, 0x4d20b3e0);     /* st4 {v0.s-v3.s}[3], [sp] */
    assert_int_equal(esr_ec2(cpu), EC_SP_ALIGNMENT);
    harness_free(h);
}

/* Q = 0 with size = 11 is reserved for LD2-LD4/ST2-ST4 (multiple), as are the
   unlisted opcodes, the single-structure size/S combinations of the
   pseudocode, and nonzero Rm fields of the forms without post-index. */
static void test_unallocated(void **state)
{
    (void)state;
    static const uint32_t words[] = {
        0x0c408c20,         /* LD2 .1d (size:Q = 110, selem = 2) */
        0x0c404c20,         /* LD3 .1d */
        0x0c400c20,         /* LD4 .1d */
        0x0c000c20,         /* ST4 .1d */
        0x4c401020,         /* multiple, opcode 0001 */
        0x4c403020,         /* opcode 0011 */
        0x4c405020,         /* opcode 0101 */
        0x4c409020,         /* opcode 1001 */
        0x4c40b020,         /* opcode 1011 */
        0x4c40c020,         /* opcode 1100 */
        0x4c40f020,         /* opcode 1111 */
        0x4c417020,         /* LD1 (no post-index) with Rm = 00001 */
        0x4ce07020,         /* multiple post-index with bit 21 = 1 */
        0x4d00c020,         /* single, L = 0 with opcode 110 (no ST1R) */
        0x4d40d020,         /* LD1R with S = 1 */
        0x0d404420,         /* single H with size<0> = 1 */
        0x0d408820,         /* single S with size<1> = 1 */
        0x0d409420,         /* single D with S = 1 */
        0x0d410020,         /* LD1 (single, no post-index) with Rm = 00001 */
    };
    Harness *h = simd_harness();
    CPUState *cpu = h->cpu;
    cpu->x[1] = DATA;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        DecodedInsn d;
        if (decode_insn(words[i], &d) >= 0)
            fail_msg("0x%08x decodes", words[i]);
        run_exc(h, words[i]);
        assert_int_equal(cpu->el, 2);
        assert_int_equal(esr_ec2(cpu), EC_UNCATEGORIZED);
        assert_int_equal(cpu->x[1], DATA);
    }
    harness_free(h);
}

/* CheckFPAdvSIMDEnabled64 comes first: CPACR_EL1.FPEN traps at EL1 before
   any access or write-back; without FEAT_FP the instructions are UNDEFINED. */
static void test_fp_traps(void **state)
{
    (void)state;
    Harness *h = simd_harness();
    CPUState *cpu = h->cpu;
    cpu->sysreg[SR_CPACR_EL1] = 0;
    cpu->x[2] = RAM_END;    /* would abort */
    harness_set_el(h, 1, 1);
    assert_int_equal(harness_exec1(h, 0x0cdf7c41), STOP_INSN_LIMIT);  /* ld1 {v1.1d}, [x2], #8 */
    assert_int_equal(cpu->el, 1);
    assert_int_equal(FIELD_EX64(cpu->sysreg[SR_ESR_EL1], ESR, EC), EC_FP_ACCESS);
    assert_int_equal(cpu->x[2], RAM_END);

    harness_free(h);
    h = harness_new_nofp();     /* -cpu max,x-fp=off */
    cpu = h->cpu;
    cpu->x[1] = DATA;
    run_exc(h, 0x4d40c020);     /* ld1r {v0.16b}, [x1] */
    assert_int_equal(esr_ec2(cpu), EC_UNCATEGORIZED);
    harness_free(h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ld1_multiple),
        cmocka_unit_test(test_ld1_post_index),
        cmocka_unit_test(test_ldn_multiple),
        cmocka_unit_test(test_stores_multiple),
        cmocka_unit_test(test_single_structure),
        cmocka_unit_test(test_single_structure_stores),
        cmocka_unit_test(test_replicate),
        cmocka_unit_test(test_alignment_and_faults),
        cmocka_unit_test(test_unallocated),
        cmocka_unit_test(test_fp_traps),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
