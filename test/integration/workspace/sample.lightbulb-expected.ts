// Sample module for Docwright's integration tests (lightbulb).

/**
 * _summary_
 *
 * @param a - _description_
 * @param b - _description_
 * @returns _description_
 */
export function add(a: number, b: number): number {
  return a + b;
}

/**
 * Returns a greeting for `name`.
 *
 * @param name - Who to greet.
 * @param punctuation - Appended to the greeting.
 * @returns The greeting text.
 */
export function greet(name: string, punctuation = '!'): string {
  return 'Hello, ' + name + punctuation;
}

export const multiply = (a: number, b: number): number => a * b;

export class Circle {
  constructor(public readonly radius: number) {}

  area(): number {
    return Math.PI * this.radius ** 2;
  }

  scale(factor = 2): Circle {
    if (factor <= 0) {
      throw new RangeError('factor must be positive');
    }
    return new Circle(this.radius * factor);
  }
}
