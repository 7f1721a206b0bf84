/* ADD/ADDS/SUB/SUBS (extended register) (C6.2.3): UXTB/UXTH/UXTW/UXTX/SXTB/SXTH/
 * SXTW/SXTX with shifts 0-4, 32-bit forms, and the SP forms (Rn = SP, Rd = SP, and
 * "LSL" meaning UXTX/UXTW when SP is an operand). */
#include "test.h"

int main(void)
{
    uint64_t f;

    CHECK_EQ(ASM2("add %[d], %[a], %w[b], uxtb", 0x1000, 0x1ff), 0x10ff);
    CHECK_EQ(ASM2("add %[d], %[a], %w[b], uxth #2", 0, 0x12345), 0x8d14);
    CHECK_EQ(ASM2("add %[d], %[a], %w[b], uxtw #4", 0x10, 0xffffffffffffffff), 0x1000000000);
    CHECK_EQ(ASM2("add %[d], %[a], %[b], uxtx #1", 5, 0x8000000000000001), 7);
    CHECK_EQ(ASM2("add %[d], %[a], %w[b], sxtb", 0x100, 0x80), 0x80);
    CHECK_EQ(ASM2("add %[d], %[a], %w[b], sxth #3", 0, 0xffff), 0xfffffffffffffff8);
    CHECK_EQ(ASM2("add %[d], %[a], %w[b], sxtw #2", 0, 0x80000000), 0xfffffffe00000000);
    CHECK_EQ(ASM2("sub %[d], %[a], %[b], sxtx #4", 0, 0xffffffffffffffff), 0x10);
    CHECK_EQ(ASM2("sub %[d], %[a], %w[b], uxtb #1", 0x200, 0xffffff80), 0x100);
    CHECK_EQ(ASM2("add %w[d], %w[a], %w[b], sxtb #1", 0, 0xfe), 0x00000000fffffffc);
    CHECK_EQ(ASM2("add %w[d], %w[a], %w[b], uxth #4", 0xffffffff00000001, 0xffff), 0x000ffff1);
    CHECK_EQ(ASM2("sub %w[d], %w[a], %w[b], sxth", 0, 0x8000), 0x00008000);

    CHECK_EQ(ASM2F("subs %[d], %[a], %w[b], uxtw", 0xffffffff, 0xffffffffffffffff, 0, f), 0);
    CHECK_EQ(f, NZCV_Z | NZCV_C);
    CHECK_EQ(ASM2F("adds %w[d], %w[a], %w[b], uxth", 0xffff0000, 0x1ffff, 0, f), 0xffffffff);
    CHECK_EQ(f, NZCV_N);
    CHECK_EQ(ASM2F("adds %[d], %[a], %w[b], sxtw", 1, 0xffffffff, 0, f), 0);
    CHECK_EQ(f, NZCV_Z | NZCV_C);
    ASM2F("cmp %[a], %w[b], sxtb", 0xffffffffffffff80, 0x80, 0, f);
    CHECK_EQ(f, NZCV_Z | NZCV_C);
    ASM2F("cmn %w[a], %w[b], uxtb #4", 0xfffffff0, 1, 0, f);
    CHECK_EQ(f, NZCV_Z | NZCV_C);

    /* SP forms */
    uint64_t sp0, r1, r2, r3, r4, r5;
    asm volatile("mov %[sp0], sp\n\t"
                 "mov x9, #0x40\n\t"
                 "add %[r1], sp, x9\n\t"                 /* add (ext) x, sp, x, uxtx */
                 "mov w10, #-16\n\t"
                 "add %[r2], sp, w10, sxtw\n\t"
                 "mov x11, #3\n\t"
                 "sub sp, sp, x11, lsl #4\n\t"           /* Rd = Rn = SP, LSL = UXTX */
                 "mov %[r3], sp\n\t"
                 "add sp, sp, w11, uxtw #4\n\t"
                 "mov %[r4], sp\n\t"
                 "mov x12, %[sp0]\n\t"
                 "cmp sp, x12\n\t"
                 "mrs %[r5], nzcv"
                 : [sp0] "=&r"(sp0), [r1] "=&r"(r1), [r2] "=&r"(r2), [r3] "=&r"(r3),
                   [r4] "=&r"(r4), [r5] "=&r"(r5) :: "x9", "x10", "x11", "x12", "cc");
    CHECK_EQM("add x, sp, x9", r1 - sp0, 0x40);
    CHECK_EQM("add x, sp, w10, sxtw", sp0 - r2, 0x10);
    CHECK_EQM("sub sp, sp, x11, lsl #4", sp0 - r3, 0x30);
    CHECK_EQM("add sp, sp, w11, uxtw #4", r4, sp0);
    CHECK_EQM("cmp sp, x12", r5, NZCV_Z | NZCV_C);

    uint64_t w;
    asm volatile("mov x9, #0x1ff\n\t"
                 "add %w0, wsp, w9, uxtb\n\t" : "=r"(w) :: "x9");
    uint64_t sp;
    asm volatile("mov %0, sp" : "=r"(sp));
    CHECK_EQM("add w, wsp, w9, uxtb", w, (uint32_t)(sp + 0xff));
    return test_done();
}
