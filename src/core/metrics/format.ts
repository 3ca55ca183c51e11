/**
 * Short, fixed-style numbers for the status bar and the metrics page. Not locale-dependent, so
 * the status bar text is the same on every machine (and in tests).
 */

/** 1234567 -> "1,234,567". */
function group(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** One decimal while it matters (below 100 units), none above: "12.4k", "123k". */
function scaled(n: number, unit: number, suffix: string): string {
  const x = n / unit;
  return `${x < 99.95 ? x.toFixed(1) : group(x)}${suffix}`;
}

/** "0", "950", "12.4k", "1.2M". */
export function formatTokens(n: number): string {
  if (!Number.isFinite(n) || n <= 0) return '0';
  if (Math.round(n) < 1000) return String(Math.round(n));
  if (n < 999_500) return scaled(n, 1000, 'k'); // from 999.5k on, "1000k" would show: say "1.0M"
  return scaled(n, 1_000_000, 'M');
}

/** "$0.00", "<$0.01", "$0.03", "$12.40", "$1,234". */
export function formatUsd(x: number): string {
  if (!Number.isFinite(x) || x <= 0) return '$0.00';
  if (x < 0.005) return '<$0.01';
  if (x < 999.995) return `$${x.toFixed(2)}`;
  return `$${group(x)}`;
}

/** "850 ms", "1.2 s", "2 min 5 s". */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms) || ms <= 0) return '0 ms';
  if (Math.round(ms) < 1000) return `${Math.round(ms)} ms`;
  if (ms < 59_950) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** Binary units, as memory is counted: "512 B", "1.5 KB", "85.3 MB", "1.2 GB". */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes <= 0) return '0 B';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  let x = bytes;
  while (x >= 1024 && i < units.length - 1) {
    x /= 1024;
    i++;
  }
  return i === 0 ? `${Math.round(x)} B` : `${x < 99.95 ? x.toFixed(1) : Math.round(x)} ${units[i]}`;
}

/** A fraction as a whole percentage: 0.8123 -> "81%". */
export function formatPercent(fraction: number): string {
  return Number.isFinite(fraction) ? `${Math.round(fraction * 100)}%` : '0%';
}
