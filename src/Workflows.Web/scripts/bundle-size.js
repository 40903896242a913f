// Prints what each first page costs to load (gzipped JavaScript and CSS: the entry chunk, the page's chunk and
// every chunk they import statically, and the texts fetched before the first page shows) and fails when a case manager's first page — sign-in, then the task queue —
// is over its budget. Phones on mobile data are the reason (issue 21, item 5). Reads the manifest Vite writes
// with `build.manifest: true`; `npm run build` runs it with --report (prints only), the unit test enforces it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const budgetKb = 150;

/** The lazily loaded pages also measured (the task queue itself is part of the entry: src/features/tasks/routes.tsx). */
export const pages = [
  'src/features/tasks/TaskPage.tsx',
  'src/features/cases/CaseListPage.tsx',
  'src/features/hearings/LegalPage.tsx',
  'src/features/designer/editor/EditorPage.tsx',
  'src/features/reports/ReportsPage.tsx',
  'src/features/admin/users/UsersPage.tsx',
];

const here = dirname(new URL(import.meta.url).pathname);
export const outDir = resolve(here, '../../Workflows.Host/wwwroot');

function readManifest(dir) {
  const path = join(dir, '.vite/manifest.json');
  if (!existsSync(path)) throw new Error(`No build manifest at ${path}: run \`npm run build\` first`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The files loaded for these manifest keys: their chunks, their static imports (transitively) and their CSS. */
export function filesFor(manifest, keys) {
  const files = new Set();
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return [...files];
}

export function gzippedKb(dir, files) {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length, 0) / 1024;
}

/** The texts fetched before the first page shows: src/i18n/index.ts names them, in Serbian (the default). */
export function firstTexts() {
  const source = readFileSync(resolve(here, '../src/i18n/index.ts'), 'utf8');
  const list = /firstPageNamespaces = \[([^\]]*)\]/.exec(source);
  if (!list) throw new Error('firstPageNamespaces not found in src/i18n/index.ts');
  return [...list[1].matchAll(/'([^']+)'/g)].map((m) => `src/i18n/locales/sr-Latn/${m[1]}.json`);
}

export const queue = 'sign-in and task queue (entry and first texts)';

/** Each page's first-load size in gzipped KB: the entry, the first texts, the page. */
export function measure(dir = outDir) {
  const manifest = readManifest(dir);
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entry) throw new Error('The build manifest has no entry chunk');
  const shell = [entry, ...firstTexts()];
  const sizes = { [queue]: gzippedKb(dir, filesFor(manifest, shell)) };
  for (const page of pages) sizes[page] = gzippedKb(dir, filesFor(manifest, [...shell, page]));
  return sizes;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(here, 'bundle-size.js')) {
  const sizes = measure();
  console.log('First load, gzipped (entry, first texts, page, and their static imports):');
  for (const [name, kb] of Object.entries(sizes)) console.log(`  ${kb.toFixed(1).padStart(7)} KB  ${name}`);
  const first = sizes[queue];
  // The build only reports; the unit test (bundle-size.test.ts) is what fails, so a build is never lost to it.
  if (first > budgetKb && !process.argv.includes('--report')) {
    console.error(`The task queue's first load is ${first.toFixed(1)} KB gzipped, over the ${budgetKb} KB budget`);
    process.exit(1);
  }
  console.log(
    first > budgetKb
      ? `The task queue's first load is OVER the ${budgetKb} KB budget (the unit test bundle-size.test.ts fails).`
      : `The task queue's first load is within the ${budgetKb} KB budget.`,
  );
}
