/** Shared by the benchmarks: repeated timing with a median, and a synthetic 1,000-line file. */

export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

export async function timeIt(work: () => Promise<void>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

/** About 1,000 lines of classes, methods and functions with every parameter kind. */
export function thousandLineFile(): string {
  const parts = ['"""Synthetic module for the editor-path benchmark."""\n\nimport os\n\n'];
  for (let i = 0; parts.join('').split('\n').length < 1000; i++) {
    parts.push(`\nclass Service${i}:\n    def __init__(self, name: str, retries: int = 3):\n        self.name = name\n        self.retries = retries\n\n`);
    parts.push(`    def fetch(self, path, *args, timeout=1.0, **kwargs):\n        if not path:\n            raise ValueError("empty path")\n        for attempt in range(self.retries):\n            yield os.path.join(self.name, path, str(attempt))\n\n`);
    parts.push(`    @property\n    def label(self) -> str:\n        return self.name.upper()\n\n\ndef helper_${i}(a, b, /, c, *, d=None):\n    return a + b + c\n\n`);
  }
  return parts.join('');
}
