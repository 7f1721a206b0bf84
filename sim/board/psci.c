/* Built-in PSCI firmware (DEN 0022, PSCI 1.1), answering on the SMC conduit
   when EL2 exists and on HVC when it does not, as QEMU's virt machine does.
   Like real EL3 firmware (and QEMU), it answers every call on its conduit:
   unknown function IDs get NOT_SUPPORTED (-1, also SMCCC's SMC_UNK).
   CPU_ON, CPU_OFF, AFFINITY_INFO and CPU_SUSPEND come with the SMP issue. */
#include "sim/board/board.h"
#include "sim/log.h"

enum {
    PSCI_VERSION = 0x84000000,
    PSCI_CPU_SUSPEND = 0x84000001,
    PSCI_CPU_OFF = 0x84000002,
    PSCI_CPU_ON = 0x84000003,
    PSCI_AFFINITY_INFO = 0x84000004,
    PSCI_MIGRATE_INFO_TYPE = 0x84000006,
    PSCI_SYSTEM_OFF = 0x84000008,
    PSCI_SYSTEM_RESET = 0x84000009,
    PSCI_FEATURES = 0x8400000a,
};

enum { PSCI_RET_SUCCESS = 0, PSCI_RET_NOT_SUPPORTED = -1 };
enum { PSCI_VERSION_1_1 = 0x00010001, PSCI_MIGRATE_NONE = 2 };

static bool implemented(uint32_t fn)
{
    switch (fn) {
    case PSCI_VERSION:
    case PSCI_MIGRATE_INFO_TYPE:
    case PSCI_SYSTEM_OFF:
    case PSCI_SYSTEM_RESET:
    case PSCI_FEATURES:
        return true;
    default:
        return false;
    }
}

void psci_call(CPUState *cpu)
{
    uint32_t fn = (uint32_t)cpu->x[0];
    int64_t ret;
    switch (fn) {
    case PSCI_VERSION:
        ret = PSCI_VERSION_1_1;
        break;
    case PSCI_MIGRATE_INFO_TYPE:
        ret = PSCI_MIGRATE_NONE;
        break;
    case PSCI_FEATURES:
        ret = implemented((uint32_t)cpu->x[1]) ? PSCI_RET_SUCCESS : PSCI_RET_NOT_SUPPORTED;
        break;
    case PSCI_SYSTEM_OFF:
        cpu->pc += 4;
        cpu_stop(cpu, STOP_POWEROFF);
    case PSCI_SYSTEM_RESET:
        cpu->pc += 4;
        cpu_stop(cpu, STOP_RESET);
    default:
        if (log_enabled(LOG_UNIMP))
            log_printf("firmware: function 0x%08x not implemented: NOT_SUPPORTED\n", fn);
        ret = PSCI_RET_NOT_SUPPORTED;
        break;
    }
    cpu->x[0] = (uint64_t)ret;
}
