// Sizes as the user writes them (`--max-size 10MB`) and as the CLI reports them.

const UNITS: Readonly<Record<string, number>> = {
  '': 1,
  b: 1,
  byte: 1,
  bytes: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
};

/** The limit when `--max-size` is not given: far above any registry page or record. */
export const DEFAULT_MAX_SIZE = 64 * 1024 ** 2;
/** A file's text must fit in one JavaScript string (about 512 MiB); stay clear of that. */
export const LARGEST_MAX_SIZE = 500 * 1024 ** 2;

/** `10MB`, `512KB`, `1.5 GB`, `4096` (bytes) → bytes; undefined when it is not a size. KB = 1024 bytes. */
export function parseSize(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = match ? UNITS[match[2].toLowerCase()] : undefined;
  if (!match || unit === undefined) return undefined;
  return Math.floor(Number(match[1]) * unit);
}

/** `64 MB`, `1.5 KB`, `300 bytes`: one decimal at most, none when the size is a whole unit. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  const [unit, size]: [string, number] = bytes < 1024 ** 2 ? ['KB', 1024] : bytes < 1024 ** 3 ? ['MB', 1024 ** 2] : ['GB', 1024 ** 3];
  const value = bytes / size;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}
