import { describe, expect, it } from 'vitest';
import { noticePath } from './api';

describe('noticePath', () => {
  const id = '0193a1b2-0000-7000-8000-000000000001';
  it('opens the page the notice names', () => {
    expect(noticePath({ link: `hearings/${id}` })).toBe(`/hearings/${id}`);
    expect(noticePath({ link: `/deadlines/${id}` })).toBe(`/deadlines/${id}`);
  });
  it('opens nothing for a missing or foreign link', () => {
    expect(noticePath({ link: null })).toBeNull();
    expect(noticePath({ link: 'https://evil.example/tasks/1' })).toBeNull();
    expect(noticePath({ link: `//evil.example/${id}` })).toBeNull();
  });
});
