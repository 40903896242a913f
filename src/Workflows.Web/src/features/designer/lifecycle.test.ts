import { describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { afterDraftSaved, afterPublished } from './api';

function invalidated(run: (client: QueryClient) => Promise<unknown>) {
  const client = new QueryClient();
  const invalidate = vi.spyOn(client, 'invalidateQueries');
  return run(client).then(() => invalidate.mock.calls.map(([filters]) => filters?.queryKey));
}

describe("the editor's save and publish", () => {
  it('refresh the definition list, the version history and the simulator source after a draft is saved', async () => {
    expect(await invalidated((client) => afterDraftSaved(client, 'intake'))).toEqual([
      ['designer', 'definitions'],
      ['viewer', 'versions', 'intake'],
      ['viewer', 'definition-version', 'intake'],
      ['viewer', 'simulation', 'definition', 'intake'],
    ]);
  });

  it('refresh everything of the designer after publishing', async () => {
    expect(await invalidated((client) => afterPublished(client, 'intake'))).toEqual([
      ['designer'],
      ['viewer', 'versions', 'intake'],
      ['viewer', 'definition-version', 'intake'],
      ['viewer', 'simulation', 'definition', 'intake'],
    ]);
  });
});
