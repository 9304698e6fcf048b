// A population can never be smaller than what it counts: the figures a population size would put above their N.
import type { Qualifier } from '../schemas/common.ts';

/**
 * The most States a population can hold: the 193 members of the United Nations, the two observer States (the Holy See
 * and the State of Palestine), and the Cook Islands and Niue, which can join treaties open to all States.
 */
export const MAX_STATES = 197;

export interface CountedFigure {
  cycle: string;
  spanFrom: string | null;
  value: number | null;
  qualifier: Qualifier;
  denominator: number | null;
  /** published, or draft (a figure waiting to be published counts too). */
  state: 'published' | 'draft';
}

/**
 * The figures that would be above a population of `size`: whatever N a figure states, it counts States of this
 * indicator's population, so it can never be more than the population (an "at most" figure is a bound, never above).
 */
export function figuresAbove<T extends Pick<CountedFigure, 'value' | 'qualifier'>>(size: number, figures: readonly T[]): T[] {
  return figures.filter((f) => f.value !== null && f.qualifier !== 'at_most' && f.value > size);
}

/** A cycle, or a span as "10MSP–13MSP". */
export const periodOf = ({ cycle, spanFrom }: { cycle: string; spanFrom: string | null }) => (spanFrom === null ? cycle : `${spanFrom}–${cycle}`);

/** "13MSP: 10 (published), 10MSP–13MSP: 11 (draft)". */
export function describeFigures(figures: readonly CountedFigure[]): string {
  return figures.map((f) => `${periodOf(f)}: ${f.value} (${f.state})`).join(', ');
}
