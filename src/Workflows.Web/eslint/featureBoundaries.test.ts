import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints snippets as if they were files of the app, through the project's own eslint.config.js, so the test fails
// when the rule stops firing or stops being switched on for src/.
const eslint = new ESLint({ cwd: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..') });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'local/feature-boundaries').map((m) => m.message);
}

// The first lint loads the TypeScript parser and the config, which takes seconds on a busy machine.
describe('feature boundaries', { timeout: 60_000 }, () => {
  it("reports a feature importing another feature's internals", async () => {
    const errors = await boundaryErrors('src/features/cases/Fixture.ts', "import { listHearings } from '../hearings/api';\nexport const f = listHearings;\n");
    expect(errors).toEqual([
      "The 'cases' feature may not import the 'hearings' feature's internals ('../hearings/api'); move what both need to src/lib or src/ui.",
    ]);
  });

  it('reports it from a nested folder, for re-exports and dynamic imports too', async () => {
    const code = [
      "export { getTask } from '../../tasks/api';",
      "export * from '../../../features/admin/roles';",
      "export const load = () => import('../../cases/routes');",
    ].join('\n');
    const errors = await boundaryErrors('src/features/designer/editor/Fixture.ts', code);
    expect(errors).toHaveLength(3);
  });

  it('reports shared code that imports a feature', async () => {
    const errors = await boundaryErrors('src/ui/Fixture.ts', "import { taskKeys } from '../features/tasks/api';\nexport const k = taskKeys;\n");
    expect(errors).toEqual(["Shared code in src/ui may not import the 'tasks' feature ('../features/tasks/api')."]);
  });

  it('allows a feature its own files and the shared layers', async () => {
    const code = [
      "import { casesKeys } from '../api';",
      "import { todayInBelgrade } from '../../../lib/dates';",
      "import { ApiError } from '../../../api/client';",
      'export const all = [casesKeys, todayInBelgrade, ApiError];',
    ].join('\n');
    expect(await boundaryErrors('src/features/cases/nested/Fixture.ts', code)).toEqual([]);
  });

  it('allows the app shell to wire features together', async () => {
    expect(await boundaryErrors('src/app/Fixture.ts', "import { tasksRoutes } from '../features/tasks/routes';\nexport const r = tasksRoutes;\n")).toEqual([]);
  });
});
