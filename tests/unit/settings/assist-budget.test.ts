import { AppError } from '../../../lib/errors';
import {
  ASSIST_BUDGET_FALLBACK_MS,
  ENDPOINT_FALLBACK,
  assistBudget,
  loadEndpoints,
  updateEndpoints,
  validateEndpoints,
} from '../../../lib/settings/endpoints';
import { useFreshIndexedDb } from '../idb';

useFreshIndexedDb();

describe('the model-assisted pass budget', () => {
  it('falls back to 3 s, and is saved and loaded like the other endpoint settings', async () => {
    expect(ASSIST_BUDGET_FALLBACK_MS).toBe(3_000);
    expect(assistBudget(await loadEndpoints())).toBe(3_000);
    await updateEndpoints({ assistBudgetMs: 0 });
    expect(assistBudget(await loadEndpoints())).toBe(0);
    await updateEndpoints({ assistBudgetMs: 8_000 });
    expect(assistBudget(await loadEndpoints())).toBe(8_000);
  });

  it.each([-1, Number.NaN, 120_000])('refuses %s ms with a sentence', (assistBudgetMs) => {
    expect(() => validateEndpoints({ ...ENDPOINT_FALLBACK, assistBudgetMs })).toThrow(AppError);
  });
});
