/* Built-in PSCI firmware (DEN 0022, PSCI 1.1), answering on the SMC conduit
   when EL2 exists and on HVC when it does not, as QEMU's virt machine does.
   Like real EL3 firmware (and QEMU), it answers every call on its conduit:
   unknown function IDs get NOT_SUPPORTED (-1, also SMCCC's SMC_UNK).
   CPU_ON powers a PE on at once (never ON_PENDING); CPU_SUSPEND treats the
   powerdown states as standby, as QEMU does: it waits like WFI and returns
   SUCCESS, with the context kept. */
#include "mmu/mmu.h"
#include "sim/board/board.h"
#include "sim/exception.h"
#include "sim/log.h"
#include "sim/smp.h"

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
    /* The SMC64/HVC64 forms of the calls with 64-bit arguments. */
    PSCI_CPU_SUSPEND_64 = 0xc4000001,
    PSCI_CPU_ON_64 = 0xc4000003,
    PSCI_AFFINITY_INFO_64 = 0xc4000004,
};

enum { PSCI_RET_SUCCESS = 0, PSCI_RET_NOT_SUPPORTED = -1, PSCI_RET_INVALID_PARAMETERS = -2,
       PSCI_RET_ALREADY_ON = -4 };
enum { PSCI_AFFINITY_ON = 0, PSCI_AFFINITY_OFF = 1 };
enum { PSCI_VERSION_1_1 = 0x00010001, PSCI_MIGRATE_NONE = 2 };

static bool implemented(uint32_t fn)
{
    switch (fn) {
    case PSCI_VERSION:
    case PSCI_CPU_SUSPEND:
    case PSCI_CPU_SUSPEND_64:
    case PSCI_CPU_OFF:
    case PSCI_CPU_ON:
    case PSCI_CPU_ON_64:
    case PSCI_AFFINITY_INFO:
    case PSCI_AFFINITY_INFO_64:
    case PSCI_MIGRATE_INFO_TYPE:
    case PSCI_SYSTEM_OFF:
    case PSCI_SYSTEM_RESET:
    case PSCI_FEATURES:
        return true;
    default:
        return false;
    }
}

/* The PE named by an MPIDR value (its affinity fields; other bits ignored),
   or NULL.  The 32-bit calls pass Aff2..Aff0 only. */
static CPUState *psci_target(Board *b, uint64_t mpidr, bool is64)
{
    uint64_t aff = mpidr & (REG_MASK(MPIDR, AFF0) | REG_MASK(MPIDR, AFF1) | REG_MASK(MPIDR, AFF2) |
                            (is64 ? REG_MASK(MPIDR, AFF3) : 0));
    for (int i = 0; i < b->ncpus; i++) {
        uint64_t m = b->cpus[i]->sysreg[SR_MPIDR_EL1];
        if ((m & (REG_MASK(MPIDR, AFF0) | REG_MASK(MPIDR, AFF1) | REG_MASK(MPIDR, AFF2) |
                  REG_MASK(MPIDR, AFF3))) == aff)
            return b->cpus[i];
    }
    return NULL;
}

/* CPU_ON (DEN 0022 5.6): a warm reset of the target, then entry at the
   highest Non-secure Exception level, EL2 when it is implemented, whatever
   the caller's (as TF-A's psci_get_ns_ep_info and QEMU's PSCI do: Linux
   running at EL1 under its own hyp stub expects its secondaries at EL2), in
   AArch64 with the MMU off, DAIF masked and the context ID in X0.  Its clock,
   timers' counter and GIC Redistributor keep running. */
static int64_t psci_cpu_on(CPUState *cpu, uint64_t target_mpidr, uint64_t entry, uint64_t context,
                           bool is64)
{
    CPUState *t = psci_target(cpu->board, target_mpidr, is64);
    if (!t)
        return PSCI_RET_INVALID_PARAMETERS;
    if (t->powered_on)
        return PSCI_RET_ALREADY_ON;
    cpu_reset(t);                       /* at the highest implemented EL, SP_ELx */
    t->pc = is64 ? entry : (uint32_t)entry;
    t->x[0] = is64 ? context : (uint32_t)context;
    t->wait = CPU_RUNNING;
    t->powered_on = true;
    return PSCI_RET_SUCCESS;
}

/* AFFINITY_INFO (5.7): lowest affinity level 0 only (PEs, no clusters). */
static int64_t psci_affinity_info(CPUState *cpu, uint64_t target, uint64_t level, bool is64)
{
    CPUState *t = psci_target(cpu->board, target, is64);
    if (!t || level != 0)
        return PSCI_RET_INVALID_PARAMETERS;
    return t->powered_on ? PSCI_AFFINITY_ON : PSCI_AFFINITY_OFF;
}

void psci_call(CPUState *cpu)
{
    uint32_t fn = (uint32_t)cpu->x[0];
    bool is64 = fn & (1u << 30);        /* SMCCC: the SMC64/HVC64 calling convention */
    int64_t ret;
    switch (fn) {
    case PSCI_VERSION:
        ret = PSCI_VERSION_1_1;
        break;
    case PSCI_CPU_ON:
    case PSCI_CPU_ON_64:
        ret = psci_cpu_on(cpu, cpu->x[1], cpu->x[2], cpu->x[3], is64);
        break;
    case PSCI_AFFINITY_INFO:
    case PSCI_AFFINITY_INFO_64:
        ret = psci_affinity_info(cpu, cpu->x[1], (uint32_t)cpu->x[2], is64);
        break;
    case PSCI_CPU_OFF:
        cpu->powered_on = false;
        cpu->wait = CPU_RUNNING;
        cpu_stop(cpu, STOP_YIELD);
    case PSCI_CPU_SUSPEND:
    case PSCI_CPU_SUSPEND_64:
        cpu->x[0] = PSCI_RET_SUCCESS;
        cpu->pc += 4;
        if (exception_interrupt_pending(cpu))
            cpu_end_block(cpu);
        smp_wait(cpu, CPU_WAIT_WFI);
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
