/* A real program for the FP/SIMD work: plain C that GCC -O3 auto-vectorises
   (matrix multiply in float and double, dot products, byte and halfword
   loops, a string scan, a checksum, integer conversions), run bare metal at
   EL2 and printing its results on the UART.  The test compares the output on
   trapeze with QEMU's; nothing here knows what the answers are. */
#include <stddef.h>
#include <stdint.h>

#define N 48

static float fa[N][N], fb[N][N], fc[N][N];
static double da[N][N], db[N][N], dc[N][N];
static uint8_t bytes[4096];
static int16_t h1[1024], h2[1024];
static int32_t ints[1024];
static char text[2048];

static void uart_putc(char c)
{
    *(volatile uint32_t *)0x09000000 = (uint32_t)c;
}

static void put_hex(const char *name, uint64_t v)
{
    while (*name)
        uart_putc(*name++);
    uart_putc('=');
    for (int i = 60; i >= 0; i -= 4)
        uart_putc("0123456789abcdef"[(v >> i) & 15]);
    uart_putc('\n');
}

static uint64_t bits_f(float f)
{
    union { float f; uint32_t u; } x = { f };
    return x.u;
}

static uint64_t bits_d(double d)
{
    union { double d; uint64_t u; } x = { d };
    return x.u;
}

static uint32_t lcg_state = 12345;
static uint32_t lcg(void)
{
    lcg_state = lcg_state * 1103515245u + 12345u;
    return lcg_state >> 8;
}

__attribute__((noinline)) static void matmul_f(void)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            float s = 0;
            for (int k = 0; k < N; k++)
                s += fa[i][k] * fb[k][j];
            fc[i][j] = s;
        }
}

__attribute__((noinline)) static void matmul_d(void)
{
    for (int i = 0; i < N; i++)
        for (int k = 0; k < N; k++) {
            double a = da[i][k];
            for (int j = 0; j < N; j++)
                dc[i][j] += a * db[k][j];
        }
}

__attribute__((noinline)) static uint32_t byte_stats(void)
{
    uint32_t sum = 0, maxv = 0;
    for (size_t i = 0; i < sizeof bytes; i++) {
        sum += bytes[i];
        maxv = bytes[i] > maxv ? bytes[i] : maxv;
    }
    return sum ^ (maxv << 24);
}

__attribute__((noinline)) static int64_t half_dot(void)
{
    int64_t s = 0;
    for (int i = 0; i < 1024; i++)
        s += (int32_t)h1[i] * h2[i];
    return s;
}

__attribute__((noinline)) static void saturate(void)
{
    for (int i = 0; i < 1024; i++) {
        int32_t v = (int32_t)h1[i] + h2[i];
        h1[i] = (int16_t)(v > 32767 ? 32767 : v < -32768 ? -32768 : v);
    }
}

__attribute__((noinline)) static size_t scan(char c)
{
    size_t n = 0;
    for (size_t i = 0; i < sizeof text; i++)
        n += text[i] == c;
    return n;
}

__attribute__((noinline)) static void convert(void)
{
    for (int i = 0; i < 1024; i++)
        ints[i] = (int32_t)(fa[i % N][i / N % N] * 1000.0f) + (int32_t)(da[i % N][0] * 7.5);
}

void fp_main(void)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            fa[i][j] = (float)(int32_t)(lcg() % 2001 - 1000) / 128.0f;
            fb[i][j] = (float)(int32_t)(lcg() % 2001 - 1000) / 64.0f;
            da[i][j] = (double)(int32_t)(lcg() % 20001 - 10000) / 1000.0;
            db[i][j] = (double)(lcg() % 1000) / 3.0;
            dc[i][j] = 0;
        }
    for (size_t i = 0; i < sizeof bytes; i++)
        bytes[i] = (uint8_t)lcg();
    for (int i = 0; i < 1024; i++) {
        h1[i] = (int16_t)lcg();
        h2[i] = (int16_t)lcg();
    }
    for (size_t i = 0; i < sizeof text; i++)
        text[i] = (char)('a' + lcg() % 26);

    matmul_f();
    matmul_d();
    uint64_t fsum = 0, dsum = 0;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            fsum = fsum * 31 + bits_f(fc[i][j]);
            dsum = dsum * 31 + bits_d(dc[i][j]);
        }
    put_hex("matmul_f", fsum);
    put_hex("matmul_d", dsum);
    put_hex("fc[7][9]", bits_f(fc[7][9]));
    put_hex("dc[40][3]", bits_d(dc[40][3]));
    put_hex("bytes", byte_stats());
    put_hex("half_dot", (uint64_t)half_dot());
    saturate();
    put_hex("saturate", (uint64_t)half_dot());
    put_hex("scan_e", scan('e'));
    convert();
    uint64_t isum = 0;
    for (int i = 0; i < 1024; i++)
        isum = isum * 17 + (uint32_t)ints[i];
    put_hex("convert", isum);
}
