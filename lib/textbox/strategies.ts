import { plainFieldStrategy } from './plain-field';
import type { FieldStrategy } from './types';

/** Every editor strategy, most specific first (STYLE 8). */
export const STRATEGIES: readonly FieldStrategy[] = [plainFieldStrategy];

export function strategyFor(element: Element | null): FieldStrategy | undefined {
  if (!element) return undefined;
  return STRATEGIES.find((strategy) => strategy.matches(element));
}
