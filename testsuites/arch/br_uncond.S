/* B, BL, BR, BLR, RET (C6.2.25 B, C6.2.33 BL, C6.2.35 BLR, C6.2.37 BR, C6.2.219 RET):
 * targets forwards and backwards, X30 = address of the next instruction after BL/BLR,
 * BLR X30 (target read before X30 is written), RET to another register. x19 collects
 * a trace of the visited steps. */
#include "asm.h"

    .text
    MAIN_ENTER
    mov     x19, #0

    b       fwd1                    /* B forwards */
    orr     x19, x19, #0x8000       /* never */
back1:
    orr     x19, x19, #2
    b       after_back              /* then B backwards was taken */
fwd1:
    orr     x19, x19, #1
    b       back1
after_back:
    ACHECK  "B forward then backward", x19, 3

    bl      leaf
bl_ret:
    mov     x20, x0
    ACHECK  "BL: X30 = next instruction", x20, bl_ret

    adr     x9, leaf
    blr     x9
blr_ret:
    mov     x20, x0
    ACHECK  "BLR: X30 = next instruction", x20, blr_ret

    adr     x30, leaf
    blr     x30                     /* branches to leaf, X30 = blr30_ret */
blr30_ret:
    mov     x20, x0
    ACHECK  "BLR X30", x20, blr30_ret

    adr     x9, br_target
    mov     x20, #0
    br      x9
    mov     x20, #0xbad
br_target:
    ACHECK  "BR", x20, 0

    adr     x5, ret5_target
    bl      ret_via_x5
    mov     x20, #0xbad
ret5_target:
    ACHECK  "RET X5", x20, 0

    /* BL backwards to a leaf defined before main's code path */
    bl      leaf_before
    mov     x20, x0
    ACHECK  "BL backwards returns 0x77", x20, 0x77
    MAIN_LEAVE

leaf:
    mov     x0, x30
    ret

ret_via_x5:
    mov     x20, #0
    ret     x5
    .ltorg

    .section .text.early, "ax"
leaf_before:
    mov     x0, #0x77
    ret
