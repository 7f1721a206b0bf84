#!/usr/bin/env python3
"""Differential test: random A64 blocks run on QEMU (reference) and on the simulator.

Generates images of random blocks (gen.py), assembles them with the AArch64 cross
toolchain, runs every image on both machines with the same command line, and compares
the state each block leaves (x0..x30, SP, NZCV, scratch-buffer checksum).

--mode chooses where the blocks run (gen.MODES): el2 (EL2, MMU off; the default), el2-mmu
(EL2, stage 1 on), el1-s2 (EL1, stages 1 and 2 on), a comma list, `mmu` (the two MMU
modes) or `all`.  With several modes the blocks are split between them in order (the
first third of the block indices in the first mode, ...), every image running one mode,
and a line per mode precedes the totals.

The last two lines are always
    <N> instructions, <M> mismatches
    <P> passed, <F> failed
where N counts the random instructions, M the differing values (a block the simulator
did not finish counts as one), P/F the blocks.  Exit status is non-zero iff M or F is.
"""

import argparse
import concurrent.futures
import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True          # keep the source tree clean
sys.path.insert(0, HERE)
import gen  # noqa: E402

MACHINE_ARGS = ['-M', 'virt,virtualization=on,gic-version=3', '-cpu', 'max', '-m', '256',
                '-nographic', '-no-reboot', '-kernel']
FIELDS = [f'x{i}' for i in range(31)] + ['sp', 'nzcv', 'buffer']
FP_FIELDS = [f'v{i}' for i in range(32)] + ['fpsr', 'fpcr']     # F lines (FP/SIMD classes)
BLOCKS_PER_IMAGE = 512


# ---------------------------------------------------------------------------------
# Output of one run

class RunResult:
    def __init__(self, ok, note, text):
        self.ok = ok                 # exited by itself, printed the END line
        self.note = note             # why not ok
        self.text = text
        self.blocks = {}             # index -> [34 values]
        self.fp = {}                 # index -> [34 values] (v0..v31, fpsr, fpcr)
        self.exceptions = {}         # index -> line
        self.scratch = {}            # index -> {offset: value} (--dump-scratch)
        self.stray = []              # EXCEPTION lines outside any block, garbage
        for line in text.splitlines():
            line = line.strip()
            parts = line.split()
            try:
                if parts[:1] == ['B'] and len(parts) == 2 + len(FIELDS):
                    self.blocks[int(parts[1], 16)] = [int(p, 16) for p in parts[2:]]
                elif parts[:1] == ['F'] and len(parts) == 2 + len(FP_FIELDS):
                    self.fp[int(parts[1], 16)] = [int(p, 16) for p in parts[2:]]
                elif parts[:1] == ['S'] and len(parts) >= 4:
                    words = self.scratch.setdefault(int(parts[1], 16), {})
                    base = int(parts[2], 16)
                    for k, p in enumerate(parts[3:]):
                        words[base + 8 * k] = int(p, 16)
                elif parts[:2] == ['EXCEPTION', 'blk']:
                    self.exceptions[int(parts[2], 16)] = line
                elif parts[:1] == ['EXCEPTION']:
                    self.stray.append(line)
            except (ValueError, IndexError):
                self.stray.append(line)
        if ok and 'TRAPEZE-DIFF END' not in text:
            self.ok, self.note = False, 'no END line'


def run_machine(binary, elf, timeout, cpu='max'):
    args = list(MACHINE_ARGS)
    args[args.index('-cpu') + 1] = cpu
    cmd = shlex.split(binary) + args + [elf]
    try:
        # own session, so that a timeout ends the machine and anything it started
        p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, start_new_session=True)
    except OSError as e:
        return RunResult(False, f'cannot run {cmd[0]}: {e}', '')
    try:
        stdout, stderr = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        stdout, _ = p.communicate()
        return RunResult(False, f'timed out after {timeout:.0f} s', stdout.decode('latin-1'))
    out = stdout.decode('latin-1')
    if p.returncode != 0:
        err = stderr.decode('latin-1').strip().splitlines()[-3:]
        return RunResult(False, f'exit status {p.returncode}: {" | ".join(err)}', out)
    return RunResult(True, '', out)


# ---------------------------------------------------------------------------------
# One image: generate, assemble, run on both

def initial_checksum(seed):
    """The checksum the runtime prints for an untouched buffer (see runtime.S)."""
    x, h = seed, 0
    for _ in range(gen.SCRATCH_SIZE // 8):
        x ^= (x << 13) & gen.M64
        x ^= x >> 7
        x ^= (x << 17) & gen.M64
        h = ((h ^ x) * 0x100000001B3) & gen.M64
    return h


def run_image(job):
    t0 = time.time()
    name = os.path.join(job['dir'], f'img{job["image"]:03d}')
    src, gens = gen.image_source(job['seed'], job['blocks'], job['classes'], job['mode'])
    with open(name + '.S', 'w') as f:
        f.write(src)
    cmd = [job['cc'], '-D' + gen.MODES[job['mode']]['define'], '-nostdlib', '-static',
           '-Wl,--build-id=none', '-T',
           os.path.join(HERE, 'lib', 'link.ld'), os.path.join(HERE, 'lib', 'runtime.S'),
           name + '.S', '-o', name + '.elf']
    if job['dump_scratch']:
        cmd.insert(1, '-DDUMP_SCRATCH')
    if gen.uses_fp(job['classes']):
        cmd.insert(1, '-DDIFF_FP')
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if p.returncode != 0:
        note = 'assembly failed: ' + p.stdout.decode('latin-1')[-2000:]
        bad = RunResult(False, note, '')
        return job, bad, bad, {}, time.time() - t0
    t1 = time.time()
    ref = run_machine(job['qemu'], name + '.elf', job['timeout'])
    t2 = time.time()
    sim = run_machine(job['sim'], name + '.elf', job['timeout'], job['sim_cpu'])
    t3 = time.time()
    for tag, res in (('ref', ref), ('sim', sim)):
        with open(f'{name}.{tag}.txt', 'w') as f:
            f.write(res.text)
    stats = {'times': (t1 - t0, t2 - t1, t3 - t2)}
    if job['class_stats']:
        stats['classes'] = {g.index: g.class_count for g in gens}
    if job['stats']:
        stats.update(activity(gens, ref))
    return job, ref, sim, stats, time.time() - t0


def activity(gens, ref):
    """How much the blocks did on the reference: for --stats."""
    st = {'blocks': 0, 'regs_changed': 0, 'sp_changed': 0, 'nzcv_changed': 0,
          'buffer_changed': 0, 'sp_untracked': 0}
    for g in gens:
        vals = ref.blocks.get(g.index)
        if vals is None:
            continue
        st['blocks'] += 1
        st['regs_changed'] += sum(1 for i in range(31)
                                  if i != gen.BASE and vals[i] != g.regs[i])
        st['sp_changed'] += vals[31] != (vals[gen.BASE] + g.sp_init) & gen.M64
        st['sp_untracked'] += vals[31] != (vals[gen.BASE] + g.sp_off) & gen.M64
        st['nzcv_changed'] += vals[32] != g.nzcv
        st['buffer_changed'] += vals[33] != initial_checksum(g.bufseed)
    return st


# ---------------------------------------------------------------------------------
# Comparison and report

def compare(job, ref, sim):
    """Yields (index, kind, details) for every block of the image that failed."""
    for index, _ in job['blocks']:
        if index in ref.exceptions:
            yield index, 'ref-exception', [f'reference: {ref.exceptions[index]}',
                                           '(a generator bug: the reference must never trap)']
            continue
        rv = ref.blocks.get(index)
        if rv is None:
            why = ref.note or 'its line for this block is missing'
            yield index, 'ref-missing', [f'reference gave no result ({why})']
            continue
        if index in sim.exceptions:
            yield index, 'sim-exception', [f'sim: {sim.exceptions[index]}']
            continue
        sv = sim.blocks.get(index)
        if sv is None:
            why = sim.note or 'its line for this block is missing'
            yield index, 'sim-missing', [f'sim gave no result ({why})']
            continue
        diffs = [f'{FIELDS[i]:>6}: qemu={rv[i]:#018x} sim={sv[i]:#018x}'
                 for i in range(len(FIELDS)) if rv[i] != sv[i]]
        if gen.uses_fp(job['classes']):
            rf, sf = ref.fp.get(index), sim.fp.get(index)
            if rf is None:
                yield index, 'ref-missing', ['reference gave no FP line for this block']
                continue
            if sf is None:
                yield index, 'sim-missing', ['sim gave no FP line for this block']
                continue
            diffs += [f'{FP_FIELDS[i]:>6}: qemu={rf[i]:#034x} sim={sf[i]:#034x}'
                      + fp_note(FP_FIELDS[i], rf[i], sf[i])
                      for i in range(len(FP_FIELDS)) if rf[i] != sf[i]]
        rs, ss = ref.scratch.get(index, {}), sim.scratch.get(index, {})
        sdiff = [f'  scratch[{o - gen.SCRATCH_MID:+5d} from x28]: qemu={rs.get(o, 0):#018x} '
                 f'sim={ss.get(o, 0):#018x}' for o in sorted(set(rs) | set(ss))
                 if rs.get(o) != ss.get(o)]
        if diffs or sdiff:
            yield index, 'mismatch', diffs + sdiff[:32]


FPSR_BITS = [(27, 'QC'), (7, 'IDC'), (4, 'IXC'), (3, 'UFC'), (2, 'OFC'), (1, 'DZC'),
             (0, 'IOC')]


def fp_note(field, a, b):
    """The FPSR flags that differ, for the report."""
    if field != 'fpsr':
        return ''
    return '  (' + ' '.join(f'{n}:{(a >> bit) & 1}/{(b >> bit) & 1}' for bit, n in FPSR_BITS
                            if (a ^ b) >> bit & 1) + ')'


def sim_cpu(args, classes):
    """-cpu for the simulator: FP/SIMD classes need trapeze's max,x-fp=on, but a QEMU (or
    the QEMU-based fake simulator) given as --sim keeps plain max."""
    if args.sim_cpu != 'auto':
        return args.sim_cpu
    if not gen.uses_fp(classes) or 'qemu' in args.sim or 'fake_sim' in args.sim:
        return 'max'
    return 'max,x-fp=on'


def default_images(nblocks, jobs):
    return max(1, min(nblocks, max(jobs, -(-nblocks // BLOCKS_PER_IMAGE))))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, required=True)
    ap.add_argument('--insns', type=int, required=True, help='random instructions in total')
    ap.add_argument('--block', type=int, default=64, help='instructions per block (64)')
    ap.add_argument('--images', type=int, default=None, help='number of images (auto)')
    ap.add_argument('--sim', required=True, help='simulator binary (QEMU command line)')
    ap.add_argument('--qemu', default='qemu-system-aarch64', help='reference binary')
    ap.add_argument('--cc', default='aarch64-linux-gnu-gcc', help='cross compiler driver')
    ap.add_argument('--keep', metavar='DIR', help='keep images and outputs in DIR')
    ap.add_argument('--jobs', type=int, default=os.cpu_count() or 1)
    ap.add_argument('--timeout', type=float, default=None,
                    help='seconds per run (default: 30 + 0.1 per block)')
    ap.add_argument('--classes', default='default',
                    help='instruction classes, e.g. "+flagm,+rcpc" or "-lse" (see gen.py)')
    ap.add_argument('--mode', default='el2',
                    help='el2 (default), el2-mmu, el1-s2, a comma list, mmu or all: the '
                         'blocks are split between the modes in order')
    ap.add_argument('--only', help='run only these block indices (comma list)')
    ap.add_argument('--sim-cpu', default='auto',
                    help='-cpu for the simulator (auto: max, or max,x-fp=on with FP/SIMD '
                         'classes unless --sim is a QEMU); QEMU always runs -cpu max')
    ap.add_argument('--class-stats', action='store_true',
                    help='count the instructions of each class and the failed blocks that '
                         'contain the class')
    ap.add_argument('--dump-scratch', action='store_true',
                    help='also print and compare the whole scratch buffer of every block')
    ap.add_argument('--max-report', type=int, default=3,
                    help='failed blocks shown in full (default 3)')
    ap.add_argument('--stats', action='store_true',
                    help='show how much the blocks changed on the reference')
    args = ap.parse_args()
    if args.block < 16 or args.insns < 1:
        ap.error('--block must be >= 16 and --insns >= 1')
    classes = gen.parse_classes(args.classes)
    modes = gen.parse_modes(args.mode)

    sizes = gen.block_sizes(args.insns, args.block)
    # block i runs in modes[i * len(modes) // nblocks]: contiguous, nearly equal shares
    mode_of = [modes[i * len(modes) // len(sizes)] for i in range(len(sizes))]
    blocks = list(enumerate(sizes))
    if args.only:
        wanted = {int(x, 0) for x in args.only.split(',')}
        blocks = [b for b in blocks if b[0] in wanted]
        if not blocks:
            ap.error('--only selects no block')
    ninsns = sum(n for _, n in blocks)

    workdir = args.keep or tempfile.mkdtemp(prefix='trapeze-diff-')
    os.makedirs(workdir, exist_ok=True)
    jobs = []
    for mode in modes:
        mblocks = [b for b in blocks if mode_of[b[0]] == mode]
        if not mblocks:
            continue
        k = args.images or default_images(len(mblocks), args.jobs)
        k = max(1, min(k, len(mblocks)))
        for i in range(k):
            chunk = mblocks[len(mblocks) * i // k: len(mblocks) * (i + 1) // k]
            timeout = args.timeout or 30 + 0.1 * len(chunk)
            jobs.append({'image': len(jobs), 'seed': args.seed, 'blocks': chunk,
                         'classes': classes, 'mode': mode, 'dir': workdir, 'cc': args.cc,
                         'qemu': args.qemu, 'sim': args.sim, 'timeout': timeout,
                         'dump_scratch': args.dump_scratch, 'stats': args.stats,
                         'sim_cpu': sim_cpu(args, classes),
                         'class_stats': args.class_stats})

    print(f'diff: seed {args.seed}, {ninsns} instructions in {len(blocks)} blocks, '
          f'{len(jobs)} images, {args.jobs} jobs, classes {",".join(sorted(classes))}, '
          f'mode {",".join(modes)}' + (f', sim -cpu {jobs[0]["sim_cpu"]}' if
                                       gen.uses_fp(classes) else ''), flush=True)
    start = time.time()
    passed = failed = mismatches = 0
    shown = 0
    run_failures = []
    totals = {}
    times = [0.0, 0.0, 0.0]
    class_totals = {}
    per_mode = {m: {'insns': 0, 'mismatches': 0, 'passed': 0, 'failed': 0, 'qemu': 0.0,
                    'sim': 0.0} for m in modes}
    with concurrent.futures.ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for job, ref, sim, stats, _ in pool.map(run_image, jobs):
            pm = per_mode[job['mode']]
            mism0, failed0 = mismatches, failed
            for tag, res in (('qemu', ref), ('sim', sim)):
                if not res.ok:
                    run_failures.append(f'image {job["image"]} ({job["mode"]}): {tag} run '
                                        f'failed: {res.note}')
                for line in res.stray[:5]:
                    run_failures.append(f'image {job["image"]} ({job["mode"]}): {tag}: {line}')
            t = stats.pop('times', ())
            bclasses = stats.pop('classes', {})
            if t:
                pm['qemu'] += t[1]
                pm['sim'] += t[2]
            for i, t in enumerate(t):
                times[i] += t
            for key, v in stats.items():
                totals[key] = totals.get(key, 0) + v
            bad = {}
            for index, kind, details in compare(job, ref, sim):
                bad[index] = True
                if kind == 'mismatch':
                    mismatches += sum(1 for d in details if not d.startswith('  scratch'))
                elif kind.startswith('sim'):
                    mismatches += 1
                if shown < args.max_report:
                    report(args, job, index, kind, details, sizes)
                elif shown < args.max_report + 20:
                    print(f'FAIL block {index} (image {job["image"]}, {job["mode"]}): {kind}: '
                          f'{details[0].strip()}')
                shown += 1
            for index, cc in bclasses.items():
                for c, n in cc.items():
                    cs = class_totals.setdefault(c, [0, 0])
                    cs[0] += n
                    cs[1] += index in bad
            failed += len(bad)
            passed += len(job['blocks']) - len(bad)
            pm['insns'] += sum(n for _, n in job['blocks'])
            pm['mismatches'] += mismatches - mism0
            pm['failed'] += failed - failed0
            pm['passed'] += len(job['blocks']) - (failed - failed0)
    for line in run_failures:
        print(line)
    if len(modes) > 1:
        for m in modes:
            pm = per_mode[m]
            print(f'mode {m}: {pm["insns"]} instructions, {pm["mismatches"]} mismatches, '
                  f'{pm["passed"]} passed, {pm["failed"]} failed '
                  f'(qemu {pm["qemu"]:.1f} s, sim {pm["sim"]:.1f} s)')
    for c in sorted(class_totals):
        print(f'class {c}: {class_totals[c][0]} instructions, in {class_totals[c][1]} failed blocks')
    if totals.get('blocks'):
        b = totals['blocks']
        print(f'activity on the reference over {b} blocks: '
              f'{totals["regs_changed"] / b:.1f} of 30 registers changed per block, '
              f'SP moved in {100 * totals["sp_changed"] / b:.0f}%, '
              f'NZCV changed in {100 * totals["nzcv_changed"] / b:.0f}%, '
              f'buffer changed in {100 * totals["buffer_changed"] / b:.0f}%; '
              f'final SP not where the generator expects it: {totals["sp_untracked"]} blocks')
    print(f'time: {time.time() - start:.1f} s wall (generate+assemble {times[0]:.1f} s, '
          f'qemu {times[1]:.1f} s, sim {times[2]:.1f} s, summed over images); '
          f'files in {workdir if args.keep else "(removed)"}')
    if not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)
    print(f'{ninsns} instructions, {mismatches} mismatches')
    print(f'{passed} passed, {failed} failed')
    return 1 if (mismatches or failed or run_failures) else 0


def report(args, job, index, kind, details, sizes):
    mode = job['mode']
    print(f'\n=== FAIL: seed {args.seed} block {index} (image {job["image"]}, mode {mode}): '
          f'{kind}')
    for d in details:
        print('  ' + d)
    g = gen.make_block(args.seed, index, sizes[index], job['classes'], mode)
    print(f'  block {index}: initial state and instructions (position from the block label):')
    for line in g.listing():
        print('  ' + line)
    classes = '' if args.classes == 'default' else f' --classes {shlex.quote(args.classes)}'
    print('  reproduce: python3 ' + ' '.join(shlex.quote(a) for a in [
        os.path.join(HERE, 'run_diff.py'), '--seed', str(args.seed), '--insns', str(args.insns),
        '--block', str(args.block), '--mode', mode, '--only', str(index), '--dump-scratch',
        '--sim', args.sim, '--qemu', args.qemu]) + classes)
    print('  listing:   python3 ' + ' '.join(shlex.quote(a) for a in [
        os.path.join(HERE, 'gen.py'), '--seed', str(args.seed), '--insns', str(args.insns),
        '--block', str(args.block), '--mode', mode, '--first', str(index), '--count', '1',
        '--list']) + classes)
    print()


if __name__ == '__main__':
    sys.exit(main())
