// The classifier's arithmetic helpers: comparisons that allow for floating-point noise, and rounding for sentences.
import { TOLERANCE } from './classify-input.ts';

export function finiteOrNull(n: number | null): number | null {
  // `+ 0` turns -0 into 0, so a pace of "minus nothing" reads and serialises as 0.
  return n !== null && Number.isFinite(n) ? n + 0 : null;
}

export function slack(a: number, b: number): number {
  return TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}
/** a ≥ b, allowing for floating-point noise. */
export function atLeast(a: number, b: number): boolean {
  return a >= b - slack(a, b);
}
/** a ≤ b, allowing for floating-point noise. */
export function atMost(a: number, b: number): boolean {
  return a <= b + slack(a, b);
}

export const round = (x: number, decimals: number): number => {
  const f = 10 ** decimals;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

/** Counts as integers (a non-integer figure keeps up to two decimals rather than being misstated). */
export function countParam(x: number): number {
  return Math.abs(x - Math.round(x)) < 1e-6 ? round(x, 0) : round(x, 2);
}

export function pct(share: number): number {
  return round(share * 100, 0);
}
