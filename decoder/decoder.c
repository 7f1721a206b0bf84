#include "decoder/decoder.h"

#include <string.h>

ExecFn exec_undefined;      /* sim/exec/system.c */

int decode_insn(uint32_t insn, DecodedInsn *d)
{
    memset(d, 0, sizeof *d);
    d->insn = insn;
    int idx = a64_decode(insn, d);
    if (idx < 0) {
        memset(d, 0, sizeof *d);
        d->insn = insn;
        d->fn = exec_undefined;
    }
    return idx;
}
