/* LDR (literal) W and X, LDRSW (literal), PRFM (literal) (C6.2.133, C6.2.140): the
 * PC-relative address, forwards and backwards, and the sign extension of LDRSW. */
#include "asm.h"

    .text
    .balign 8
lit_back64:
    .quad   0xfedcba9876543210
lit_back32:
    .word   0x80000001
    .word   0

    MAIN_ENTER
    mov     x19, #-1
    ldr     x19, lit_fwd64
    ACHECK  "ldr x literal forward", x19, 0x0123456789abcdef
    mov     x19, #-1
    ldr     w19, lit_fwd32
    ACHECK  "ldr w literal forward (zero-extends)", x19, 0x89abcdef
    ldrsw   x19, lit_fwd32
    ACHECK  "ldrsw literal forward", x19, 0xffffffff89abcdef
    ldrsw   x19, lit_fwd32b
    ACHECK  "ldrsw literal positive", x19, 0x7fffffff
    ldr     x19, lit_back64
    ACHECK  "ldr x literal backward", x19, 0xfedcba9876543210
    ldr     w19, lit_back32
    ACHECK  "ldr w literal backward", x19, 0x80000001
    ldrsw   x19, lit_back32
    ACHECK  "ldrsw literal backward", x19, 0xffffffff80000001
    prfm    pldl1keep, lit_fwd64
    prfm    plil2strm, lit_back64
    mov     x19, #0
    ACHECK  "prfm literal is a hint", x19, 0
    /* LDR (literal) of an address in the assembler's literal pool */
    ldr     x19, =0x5555aaaa5555aaaa
    ACHECK  "ldr =imm pool", x19, 0x5555aaaa5555aaaa
    MAIN_LEAVE
    .ltorg

    .balign 8
lit_fwd64:
    .quad   0x0123456789abcdef
lit_fwd32:
    .word   0x89abcdef
lit_fwd32b:
    .word   0x7fffffff
