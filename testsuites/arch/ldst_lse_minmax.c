/* LDSMAX/LDSMIN/LDUMAX/LDUMIN in B, H, W, X and the orderings -, A, L, AL, plus the
 * STSMAX/STUMIN... aliases (FEAT_LSE): signed compares on the access size, not on 64
 * bits. Operands (M in memory, S in the register) per size:
 *   B: M=0x81 (-127), S=0x13 (19)      smax 0x13, smin 0x81, umax 0x81, umin 0x13
 *   H: M=0x8001, S=0x0f0f              smax 0x0f0f, smin 0x8001, umax 0x8001, umin 0x0f0f
 *   W: M=0x80000001, S=0x7fffffff      smax 0x7fffffff, smin 0x80000001, umax M, umin S
 *   X: M=0x8000000000000001, S=0xffffffff  smax S, smin M, umax M, umin S */
#include "lse.h"

int main(void)
{
    LSE_B("ldsmax", 0x81, 0x13, 0x13);
    LSE_H("ldsmax", 0x8001, 0x0f0f, 0x0f0f);
    LSE_W("ldsmax", 0x80000001, 0x7fffffff, 0x7fffffff);
    LSE_X("ldsmax", 0x8000000000000001, 0xffffffff, 0xffffffff);

    LSE_B("ldsmin", 0x81, 0x13, 0x81);
    LSE_H("ldsmin", 0x8001, 0x0f0f, 0x8001);
    LSE_W("ldsmin", 0x80000001, 0x7fffffff, 0x80000001);
    LSE_X("ldsmin", 0x8000000000000001, 0xffffffff, 0x8000000000000001);

    LSE_B("ldumax", 0x81, 0x13, 0x81);
    LSE_H("ldumax", 0x8001, 0x0f0f, 0x8001);
    LSE_W("ldumax", 0x80000001, 0x7fffffff, 0x80000001);
    LSE_X("ldumax", 0x8000000000000001, 0xffffffff, 0x8000000000000001);

    LSE_B("ldumin", 0x81, 0x13, 0x13);
    LSE_H("ldumin", 0x8001, 0x0f0f, 0x0f0f);
    LSE_W("ldumin", 0x80000001, 0x7fffffff, 0x7fffffff);
    LSE_X("ldumin", 0x8000000000000001, 0xffffffff, 0xffffffff);

    /* W/H/B compare as signed values of their own size even when the X register's
     * upper bits say otherwise: S = 0x00000000_ffffff80 is -128 as a byte */
    LSE_OP("ldsmaxb", "w", 1, 0x01, 0xffffff80, 0x01);
    LSE_OP("ldsminb", "w", 1, 0x01, 0xffffff80, 0x80);
    LSE_OP("ldsmax", "w", 4, 0xfffffffe, 0xffffffff, 0xffffffff);  /* -2 vs -1 */
    LSE_OP("ldumin", "w", 4, 0xfffffffe, 0xffffffff, 0xfffffffe);
    LSE_OP("ldsmax", "", 8, 0x8000000000000000, 0x7fffffffffffffff, 0x7fffffffffffffff);

    LSE_ST("stsmaxb", "w", 1, 0x81, 0x13, 0x13);
    LSE_ST("stsminlh", "w", 2, 0x8001, 0x0f0f, 0x8001);
    LSE_ST("stumax", "w", 4, 0x80000001, 0x7fffffff, 0x80000001);
    LSE_ST("stuminl", "", 8, 0x8000000000000001, 0xffffffff, 0xffffffff);
    return test_done();
}
