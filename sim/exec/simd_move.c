/* simd_move: see decoder/a64.decode, section simd_move (work in progress). */
#include "sim/exec/exec.h"
