/* Indexes of the system-register table rows, generated from sysregs.def. */
#ifndef TRAPEZE_SYSREG_IDS_H
#define TRAPEZE_SYSREG_IDS_H

enum SysregId {
#define SYSREG(name, ...) SR_##name,
#include "sysregs/sysregs.def"
#undef SYSREG
    SR_COUNT
};

#endif
