/* ADR and ADRP (C6.2.10, C6.2.11): PC-relative addresses checked against the absolute
 * addresses the linker put in literal pools. ADR: byte offsets, odd, backwards, the
 * +-1 MiB range; ADRP: the 4 KiB page of the target, the PC's low 12 bits ignored. */
#include "asm.h"

    .text
    .balign 4096
    /* ADRP from a PC with low 12 bits = 0xffc and = 0: same page result */
    .skip   4096 - 8
adrp_late:
    adrp    x0, adrp_target
    b       adrp_late_done
adrp_early:                         /* page boundary here */
    adrp    x1, adrp_target
    b       adrp_early_done

    MAIN_ENTER
    b       adrp_late
adrp_late_done:
    b       adrp_early
adrp_early_done:
    mov     x19, x0
    mov     x20, x1
    ACHECK  "adrp (PC low bits 0xff8)", x19, adrp_target_page
    ACHECK  "adrp (PC low bits 0x000)", x20, adrp_target_page

    adrp    x19, adrp_target
    add     x19, x19, :lo12:adrp_target
    ACHECK  "adrp+add :lo12:", x19, adrp_target

    adrp    x19, main                /* backwards page */
    ldr     x20, =main
    and     x20, x20, #~0xfff
    sub     x19, x19, x20
    ACHECK  "adrp backwards", x19, 0

    adr     x19, fwd_label
    ACHECK  "adr forward", x19, fwd_label
    adr     x19, main
    ACHECK  "adr backward", x19, main
    adr     x19, . + 3
    adr     x20, .
    sub     x19, x19, x20
    ACHECK  "adr odd offset (.+3 vs next .)", x19, -1
    adr     x19, byte_label
    ACHECK  "adr to an odd address", x19, byte_label
fwd_label:
    adr     x19, . + 0xffffc        /* max positive range */
    adr     x20, .
    sub     x19, x19, x20
    ACHECK  "adr +0xffffc", x19, 0xffff8
    adr     x19, . - 0x100000       /* max negative range */
    adr     x20, .
    sub     x19, x20, x19
    ACHECK  "adr -0x100000", x19, 0x100004
    MAIN_LEAVE
    .ltorg

    .data
    .balign 4096
adrp_target_page:
    .skip   0x123
adrp_target:
    .byte   1
byte_label:
    .byte   2
