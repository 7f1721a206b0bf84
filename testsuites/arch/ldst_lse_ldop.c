/* LDADD/LDCLR/LDEOR/LDSET in B, H, W, X and the orderings -, A, L, AL, plus the STADD/
 * STCLR/STEOR/STSET aliases (FEAT_LSE; C6.2.120 LDADD ...): memory <- M op S, Rt <- M
 * zero-extended, bytes beyond the access size untouched. Operands per size:
 *   B: M=0x81, S=0x13     add 0x94, clr 0x80, eor 0x92, set 0x93
 *   H: M=0x8001, S=0x0f0f add 0x8f10, clr 0x8000, eor 0x8f0e, set 0x8f0f
 *   W: M=0x80000001, S=0x7fffffff  add 0 (wraps), clr 0x80000000, eor 0xfffffffe, set ~0
 *   X: M=0x8000000000000001, S=0xffffffff  add 0x8000000100000000, clr 0x8000000000000000,
 *      eor 0x80000000fffffffe, set 0x80000000ffffffff */
#include "lse.h"

int main(void)
{
    LSE_B("ldadd", 0x81, 0x13, 0x94);
    LSE_H("ldadd", 0x8001, 0x0f0f, 0x8f10);
    LSE_W("ldadd", 0x80000001, 0x7fffffff, 0);
    LSE_X("ldadd", 0x8000000000000001, 0xffffffff, 0x8000000100000000);

    LSE_B("ldclr", 0x81, 0x13, 0x80);
    LSE_H("ldclr", 0x8001, 0x0f0f, 0x8000);
    LSE_W("ldclr", 0x80000001, 0x7fffffff, 0x80000000);
    LSE_X("ldclr", 0x8000000000000001, 0xffffffff, 0x8000000000000000);

    LSE_B("ldeor", 0x81, 0x13, 0x92);
    LSE_H("ldeor", 0x8001, 0x0f0f, 0x8f0e);
    LSE_W("ldeor", 0x80000001, 0x7fffffff, 0xfffffffe);
    LSE_X("ldeor", 0x8000000000000001, 0xffffffff, 0x80000000fffffffe);

    LSE_B("ldset", 0x81, 0x13, 0x93);
    LSE_H("ldset", 0x8001, 0x0f0f, 0x8f0f);
    LSE_W("ldset", 0x80000001, 0x7fffffff, 0xffffffff);
    LSE_X("ldset", 0x8000000000000001, 0xffffffff, 0x80000000ffffffff);

    /* the operand's bits above the access size are ignored */
    LSE_OP("ldaddb", "w", 1, 0xff, 0xffffff01, 0x00);
    LSE_OP("ldaddh", "w", 2, 0xffff, 0x12340001, 0x0000);
    LSE_OP("ldadd", "w", 4, 0xffffffff, 0xffffffff00000002, 0x00000001);

    LSE_ST("staddb", "w", 1, 0x81, 0x13, 0x94);
    LSE_ST("staddlh", "w", 2, 0x8001, 0x0f0f, 0x8f10);
    LSE_ST("stclr", "w", 4, 0x80000001, 0x7fffffff, 0x80000000);
    LSE_ST("stclrl", "", 8, 0x8000000000000001, 0xffffffff, 0x8000000000000000);
    LSE_ST("steorb", "w", 1, 0x81, 0x13, 0x92);
    LSE_ST("steorl", "", 8, 0x8000000000000001, 0xffffffff, 0x80000000fffffffe);
    LSE_ST("stsetlb", "w", 1, 0x81, 0x13, 0x93);
    LSE_ST("stset", "w", 4, 0x80000001, 0x7fffffff, 0xffffffff);
    return test_done();
}
