/* simd_ldst: see decoder/a64.decode, section simd_ldst (work in progress). */
#include "sim/exec/exec.h"
