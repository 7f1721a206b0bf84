/* FP/SIMD benchmark: single- and double-precision matrix multiplies, an
   AXPY, a dot product and conversions, compiled with -O3 so that GCC
   auto-vectorises them (FMLA, FADD, FMUL, SCVTF, FCVTZS on 4S/2D vectors).
   Bare metal at EL2 with the MMU off; ends with PSCI SYSTEM_OFF.  ITERATIONS
   is set by the build. */
#include <stdint.h>

#ifndef ITERATIONS
#define ITERATIONS 20
#endif

#define N 32

static float fa[N][N], fb[N][N], fc[N][N];
static double da[N][N], db[N][N], dc[N][N];
static float x[4096], y[4096];
static int32_t iv[4096];

static void uart_putc(char c)
{
    *(volatile uint32_t *)0x09000000 = (uint32_t)c;
}

static void put_hex(uint64_t v)
{
    for (int i = 60; i >= 0; i -= 4)
        uart_putc("0123456789abcdef"[(v >> i) & 15]);
    uart_putc('\n');
}

__attribute__((noinline)) static void matmul_f(void)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++)
            fc[i][j] = 0;
    for (int i = 0; i < N; i++)
        for (int k = 0; k < N; k++)
            for (int j = 0; j < N; j++)
                fc[i][j] += fa[i][k] * fb[k][j];
}

__attribute__((noinline)) static void matmul_d(void)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++)
            dc[i][j] = 0;
    for (int i = 0; i < N; i++)
        for (int k = 0; k < N; k++)
            for (int j = 0; j < N; j++)
                dc[i][j] += da[i][k] * db[k][j];
}

__attribute__((noinline)) static float axpy_dot(float a)
{
    for (int i = 0; i < 4096; i++)
        y[i] = a * x[i] + y[i] * 0.5f;
    float s = 0;
    for (int i = 0; i < 4096; i++)
        s += x[i] * y[i];
    return s;
}

__attribute__((noinline)) static uint64_t convert(void)
{
    uint64_t h = 0;
    for (int i = 0; i < 4096; i++)
        iv[i] = (int32_t)(y[i] * 1000.0f);
    for (int i = 0; i < 4096; i++)
        h = h * 31 + (uint32_t)iv[i];
    return h;
}

static uint64_t bits_f(float f)
{
    union { float f; uint32_t u; } u = { f };
    return u.u;
}

static uint64_t bits_d(double d)
{
    union { double d; uint64_t u; } u = { d };
    return u.u;
}

void bench_main(void)
{
    /* FP/SIMD at EL2: CPTR_EL2.TFP = 0 (bits 13:12 and 9:0 RES1). */
    __asm__ volatile("msr cptr_el2, %0; isb" : : "r"(0x33ffull));
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            fa[i][j] = (float)((i * 7 + j * 3) % 17) * 0.125f - 1.0f;
            fb[i][j] = (float)((i * 5 + j * 11) % 13) * 0.25f - 1.5f;
            da[i][j] = fa[i][j] * 1.0000001;
            db[i][j] = fb[i][j] * 0.9999999;
        }
    for (int i = 0; i < 4096; i++) {
        x[i] = (float)(i % 101) * 0.01f;
        y[i] = (float)(i % 37) * 0.03f;
    }
    uint64_t acc = 0;
    for (int it = 0; it < ITERATIONS; it++) {
        matmul_f();
        matmul_d();
        acc = acc * 3 + bits_f(fc[it % N][(it * 5) % N]) + bits_d(dc[(it * 3) % N][it % N]);
        acc = acc * 3 + bits_f(axpy_dot(1.0f + (float)it * 0.01f));
        acc = acc * 3 + convert();
        fa[it % N][0] = fc[0][it % N] * 0.001f;
    }
    put_hex(acc);
}
