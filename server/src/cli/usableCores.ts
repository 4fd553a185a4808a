// How many worker threads `check` and `import` start by default: the cores this process may use. Node 20's
// `availableParallelism()` honours the CPU affinity mask but not a container's CPU quota (cgroups), so a CI job
// limited to 2 CPUs on a 64-core host would start 64 workers that take turns on 2 CPUs and hold 64 workers' memory.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/** Reads a small system file; undefined when it is not there (another OS, no cgroup of that kind). */
export type ReadSystemFile = (path: string) => string | undefined;

/** The cores the process may run on, bounded by its cgroup's CPU quota rounded up (1.5 CPUs → 2), at least 1. */
export function usableCores(read: ReadSystemFile = readSystemFile, cores: number = availableParallelism()): number {
  const quota = cgroupCpuQuota(read);
  return quota === undefined ? cores : Math.max(1, Math.min(cores, Math.ceil(quota)));
}

/**
 * The CPU quota, in CPUs, of the process's cgroup: the least along its cgroup and the cgroup's parents (a
 * parent's quota holds for its children), cgroup v2 (`cpu.max`) or v1 (`cpu.cfs_quota_us`). Undefined: no quota.
 * Inside a container the cgroup file system shows the container's own cgroup as its root, which the walk reaches.
 */
export function cgroupCpuQuota(read: ReadSystemFile): number | undefined {
  const membership = read('/proc/self/cgroup');
  if (membership === undefined) return undefined;
  let least: number | undefined;
  const consider = (cpus: number | undefined): void => {
    if (cpus !== undefined && (least === undefined || cpus < least)) least = cpus;
  };
  for (const line of membership.split('\n')) {
    // `hierarchy-id:controllers:path`; cgroup v2 has one line with no controllers named.
    const match = /^\d+:([^:]*):(\/.*)$/.exec(line.trim());
    if (!match) continue;
    const [, controllers, path] = match;
    for (const cgroup of selfAndParents(path)) {
      if (controllers === '') consider(v2Quota(read(`/sys/fs/cgroup${cgroup}/cpu.max`)));
      else if (controllers.split(',').includes('cpu'))
        for (const mount of V1_CPU_MOUNTS)
          consider(v1Quota(read(`${mount}${cgroup}/cpu.cfs_quota_us`), read(`${mount}${cgroup}/cpu.cfs_period_us`)));
    }
  }
  return least;
}

/** Where distributions mount the v1 `cpu` controller. */
const V1_CPU_MOUNTS = ['/sys/fs/cgroup/cpu', '/sys/fs/cgroup/cpu,cpuacct'];

/** `/a/b` → `/a/b`, `/a`, `` (the mount's root). */
function selfAndParents(path: string): string[] {
  const cgroups: string[] = [];
  for (let cgroup = path.replace(/\/+$/, ''); ; cgroup = cgroup.slice(0, cgroup.lastIndexOf('/'))) {
    cgroups.push(cgroup);
    if (cgroup === '') return cgroups;
  }
}

/** `cpu.max`: `200000 100000` (2 CPUs) or `max 100000` (no quota). */
function v2Quota(text: string | undefined): number | undefined {
  const [quota, period] = (text ?? '').trim().split(/\s+/);
  return cpusOf(Number(quota), Number(period ?? 100000));
}

/** `cpu.cfs_quota_us` (-1: no quota) over `cpu.cfs_period_us`. */
function v1Quota(quota: string | undefined, period: string | undefined): number | undefined {
  return quota === undefined || period === undefined ? undefined : cpusOf(Number(quota.trim()), Number(period.trim()));
}

function cpusOf(quota: number, period: number): number | undefined {
  return quota > 0 && period > 0 && Number.isFinite(quota) && Number.isFinite(period) ? quota / period : undefined;
}

const ABSENT = new Set(['ENOENT', 'ENOTDIR', 'EACCES', 'EPERM']);

function readSystemFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    // Not there, or not ours to read: this kind of cgroup (or OS) does not apply. Anything else is a fault of
    // the system, said on stderr; the count then stands without this file rather than the command failing.
    if (!ABSENT.has((error as NodeJS.ErrnoException).code ?? ''))
      process.stderr.write(`trial-record: could not read ${path} to count usable cores: ${String(error)}\n`);
    return undefined;
  }
}
