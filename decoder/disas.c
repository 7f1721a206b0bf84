/* Disassembly through Capstone.  System-register operands Capstone cannot
   name are printed with the simulator's own names (sysregs.def). */
#include <capstone/capstone.h>
#include <stdio.h>
#include <string.h>

#include "decoder/decoder.h"

static csh handle;
static int state;           /* 0: not opened, 1: open, -1: unavailable */

int disas_insn(uint32_t insn, uint64_t pc, char *buf, size_t len)
{
    if (state == 0)
        state = cs_open(CS_ARCH_ARM64, CS_MODE_LITTLE_ENDIAN, &handle) == CS_ERR_OK ? 1 : -1;
    uint8_t bytes[4] = { insn & 0xff, (insn >> 8) & 0xff, (insn >> 16) & 0xff, insn >> 24 };
    cs_insn *ci = NULL;
    size_t n = state == 1 ? cs_disasm(handle, bytes, 4, pc, 1, &ci) : 0;
    int r;
    if (n == 1)
        r = snprintf(buf, len, "%s %s", ci->mnemonic, ci->op_str);
    else
        r = snprintf(buf, len, ".inst 0x%08x ; %s", insn, a64_pattern_name(a64_match(insn)));
    if (ci)
        cs_free(ci, n);
    return r;
}
