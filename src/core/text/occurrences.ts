/**
 * Where a pattern occurs in a text, found in one pass the first time it is asked, then whether a
 * range holds an occurrence by binary search: asking about many ranges costs no more than one scan.
 */
export class Occurrences {
  private offsets: number[] | undefined;
  private readonly pattern: RegExp;

  constructor(
    private readonly text: string,
    pattern: RegExp,
  ) {
    this.pattern = new RegExp(pattern.source, 'g');
  }

  /** Whether an occurrence starts in [start, end). */
  within(start: number, end: number): boolean {
    return anyWithin((this.offsets ??= this.scan()), start, end);
  }

  private scan(): number[] {
    const offsets: number[] = [];
    for (let m = this.pattern.exec(this.text); m; m = this.pattern.exec(this.text)) offsets.push(m.index);
    return offsets;
  }
}

/** Whether one of the sorted `offsets` lies in [start, end). */
export function anyWithin(offsets: readonly number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < offsets.length && offsets[lo] < end;
}
