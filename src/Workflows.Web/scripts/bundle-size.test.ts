import { describe, expect, it } from 'vitest';
import { budgetKb, measure, queue } from './bundle-size.js';

// Reads the last `npm run build` (eng/prerequisites.sh builds before the tests run).
describe('bundle size', () => {
  it(`keeps a case manager's first load (sign-in, task queue) under ${budgetKb} KB gzipped`, () => {
    const sizes = measure() as Record<string, number>;
    console.log(Object.entries(sizes).map(([name, kb]) => `${kb.toFixed(1)} KB  ${name}`).join('\n'));
    expect(sizes[queue]).toBeGreaterThan(50); // the measure found the real bundle, not an empty folder
    expect(sizes[queue]).toBeLessThanOrEqual(budgetKb);
  });
});
