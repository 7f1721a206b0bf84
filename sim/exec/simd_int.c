/* simd_int: see decoder/a64.decode, section simd_int (work in progress). */
#include "sim/exec/exec.h"
