/* crypto: see decoder/a64.decode (work in progress). */
#include "sim/exec/exec.h"
