/* The A64 decoder (generated from decoder/a64.decode) and the disassembler. */
#ifndef TRAPEZE_DECODER_H
#define TRAPEZE_DECODER_H

#include <stddef.h>
#include <stdint.h>

#include "a64_decode.h"     /* generated: trans_ prototypes, arg structs, classes */
#include "sim/cpu.h"

/* Decode insn into d; an UNDEFINED encoding gets the handler that takes the
   Undefined Instruction exception.  Returns the pattern index or -1. */
int decode_insn(uint32_t insn, DecodedInsn *d);

/* Disassemble one instruction (Capstone, with system-register names from the
   simulator's table); returns the text length. */
int disas_insn(uint32_t insn, uint64_t pc, char *buf, size_t len);

#endif
