/**
 * Scale a measurement by a factor.
 *
 * The factor is applied as is; no rounding happens here.
 *
 * @param value - The measurement, as read from the sensor.
 * @param unit - The unit the measurement is in.
 * @returns The scaled measurement.
 */
export function scale(value: number, factor: number): number {
  return value * factor;
}

/**
 * Add two numbers.
 *
 * @param a - The first number.
 * @param b - The second number.
 * @returns Their sum.
 */
export function add(a: number, b: number): number {
  return a + b;
}
