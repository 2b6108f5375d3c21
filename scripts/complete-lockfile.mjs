#!/usr/bin/env node
/**
 * Adds lock entries for platform-specific optional packages (biome's and rollup's binaries for
 * other systems) that `npm install` leaves out when the registry it uses lacks some of them.
 * Without these entries `npm ci` refuses to install ("Missing: … from lock file"), although it
 * would skip those packages anyway on a platform they are not for. Run after `npm install`;
 * see docs/decisions/011-complete-lockfile.md.
 */
import fs from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const packages = lock.packages;
const CPUS = ['arm64', 'arm', 'x64', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x'];
const SYSTEMS = [
  'android',
  'darwin',
  'freebsd',
  'linux',
  'openbsd',
  'openharmony',
  'win32',
  'sunos',
  'aix',
  'netbsd',
];

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (packages[key] || packages[`${path}/${key}`]) continue;
    const parts = name.split('/').pop().split('-');
    const os = parts.find((part) => SYSTEMS.includes(part));
    const cpu = parts.find((part) => CPUS.includes(part)) ?? (parts.includes('arm') ? 'arm' : undefined);
    // Only platform binaries are ours to fill in; any other missing optional package is a real problem.
    if (!os || !cpu) throw new Error(`${name} is missing from the lock file and is not a platform package`);
    const libc = parts.some((part) => part.startsWith('musl'))
      ? ['musl']
      : parts.some((part) => part.startsWith('gnu'))
        ? ['glibc']
        : undefined;
    packages[key] = {
      version,
      cpu: [cpu],
      os: [os],
      ...(libc ? { libc } : {}),
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
    };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform entries`);
