/* Finding this PE's Redistributor as Linux does (gic_iterate_rdists): walk the
 * 128 KiB frames from 0x080a0000 reading the 64-bit GICR_TYPER until one has
 * Last = 1; the frame whose Affinity_Value equals MPIDR_EL1's affinity is ours
 * (IHI 0069, 12.11.37), and it has Processor_Number 0 on a one-PE board.
 * Then the GICR_WAKER handshake (12.11.45): ProcessorSleep resets to 1 with
 * ChildrenAsleep 1; clearing ProcessorSleep clears ChildrenAsleep; setting it
 * again sets ChildrenAsleep.  GICR_PIDR2.ArchRev = 3. */
#include "gic.h"

int main(void)
{
    uint32_t aff = gic_mpidr_affinity();
    uint64_t rd = gicr_this_pe();
    CHECKM("a Redistributor matches MPIDR_EL1", rd != 0);
    if (!rd)
        return test_done();
    CHECK_EQM("this PE's Redistributor is the first frame", rd, GICR_BASE);
    uint64_t typer = mmio_r64(rd + GICR_TYPER);
    CHECK_EQM("GICR_TYPER.Processor_Number", (typer >> 8) & 0xffff, 0);
    CHECK_EQM("GICR_TYPER.Last (one PE)", typer & GICR_TYPER_LAST, GICR_TYPER_LAST);
    CHECK_EQM("GICR_TYPER high half as 32-bit", mmio_r32(rd + GICR_TYPER + 4), aff);
    CHECK_EQM("GICR_PIDR2.ArchRev", (mmio_r32(rd + GICR_PIDR2) >> 4) & 0xf, 3);

    CHECK_EQM("GICR_WAKER at reset", mmio_r32(rd + GICR_WAKER) & (GICR_WAKER_PS | GICR_WAKER_CA),
              GICR_WAKER_PS | GICR_WAKER_CA);
    mmio_w32(rd + GICR_WAKER, mmio_r32(rd + GICR_WAKER) & ~GICR_WAKER_PS);
    unsigned spins = 0;
    while ((mmio_r32(rd + GICR_WAKER) & GICR_WAKER_CA) && spins < 1000)
        spins++;
    CHECK_EQM("GICR_WAKER awake", mmio_r32(rd + GICR_WAKER) & (GICR_WAKER_PS | GICR_WAKER_CA), 0);
    mmio_w32(rd + GICR_WAKER, mmio_r32(rd + GICR_WAKER) | GICR_WAKER_PS);
    spins = 0;
    while (!(mmio_r32(rd + GICR_WAKER) & GICR_WAKER_CA) && spins < 1000)
        spins++;
    CHECK_EQM("GICR_WAKER asleep again", mmio_r32(rd + GICR_WAKER) & (GICR_WAKER_PS | GICR_WAKER_CA),
              GICR_WAKER_PS | GICR_WAKER_CA);
    return test_done();
}
