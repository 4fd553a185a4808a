// The default number of worker threads: the cores the process may run on, bounded by a container's CPU quota,
// read from the cgroup files as Linux shows them (here a fake file system of those files).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cgroupCpuQuota, usableCores } from '../../../server/src/cli/usableCores';

function files(entries: Record<string, string>): (path: string) => string | undefined {
  return (path) => entries[path];
}

describe('usable cores', () => {
  it('takes all the cores when no cgroup limits the CPU (cgroup v2, cpu.max "max")', () => {
    const read = files({ '/proc/self/cgroup': '0::/\n', '/sys/fs/cgroup/cpu.max': 'max 100000\n' });
    assert.equal(cgroupCpuQuota(read), undefined);
    assert.equal(usableCores(read, 64), 64);
  });

  it('starts as many workers as a container quota allows, rounded up (cgroup v2)', () => {
    assert.equal(usableCores(files({ '/proc/self/cgroup': '0::/\n', '/sys/fs/cgroup/cpu.max': '200000 100000\n' }), 64), 2);
    assert.equal(usableCores(files({ '/proc/self/cgroup': '0::/\n', '/sys/fs/cgroup/cpu.max': '150000 100000\n' }), 64), 2);
    assert.equal(usableCores(files({ '/proc/self/cgroup': '0::/\n', '/sys/fs/cgroup/cpu.max': '50000 100000\n' }), 64), 1);
  });

  it('never exceeds the cores the process may run on', () => {
    assert.equal(usableCores(files({ '/proc/self/cgroup': '0::/\n', '/sys/fs/cgroup/cpu.max': '800000 100000\n' }), 4), 4);
  });

  it("takes the least quota of the process's cgroup and its parents", () => {
    const read = files({
      '/proc/self/cgroup': '0::/ci/job-7\n',
      '/sys/fs/cgroup/ci/job-7/cpu.max': 'max 100000',
      '/sys/fs/cgroup/ci/cpu.max': '300000 100000',
      '/sys/fs/cgroup/cpu.max': '1600000 100000',
    });
    assert.equal(cgroupCpuQuota(read), 3);
    assert.equal(usableCores(read, 32), 3);
  });

  it('reads a cgroup v1 quota of the cpu controller, wherever it is mounted', () => {
    const membership = '12:memory:/docker/abc\n4:cpu,cpuacct:/docker/abc\n1:name=systemd:/docker/abc\n';
    assert.equal(
      usableCores(
        files({
          '/proc/self/cgroup': membership,
          '/sys/fs/cgroup/cpu,cpuacct/cpu.cfs_quota_us': '250000\n',
          '/sys/fs/cgroup/cpu,cpuacct/cpu.cfs_period_us': '100000\n',
        }),
        16,
      ),
      3,
    );
    const unlimited = files({
      '/proc/self/cgroup': '1:cpu:/\n',
      '/sys/fs/cgroup/cpu/cpu.cfs_quota_us': '-1\n',
      '/sys/fs/cgroup/cpu/cpu.cfs_period_us': '100000\n',
    });
    assert.equal(usableCores(unlimited, 16), 16);
  });

  it('takes all the cores where there are no cgroups (another OS) or their files say nothing readable', () => {
    assert.equal(usableCores(files({}), 8), 8);
    assert.equal(usableCores(files({ '/proc/self/cgroup': '0::/\n', '/sys/fs/cgroup/cpu.max': 'garbage' }), 8), 8);
  });

  it('answers on this machine with at least one core', () => {
    assert.ok(usableCores() >= 1);
  });
});
