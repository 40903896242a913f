// A feature (src/features/<name>) is private to itself: another feature may not reach into its files, and the shared
// layers (src/api, src/auth, src/i18n, src/lib, src/ui) may not depend on any feature. What two features need goes to
// src/lib or src/ui. Only src/app wires features together (their routes).
import path from 'node:path';

const shared = ['api', 'auth', 'i18n', 'lib', 'ui'];

/** Where a file sits under src/: { layer, feature } or null outside src/. */
function locate(file) {
  const parts = path.resolve(file).split(path.sep);
  const src = parts.lastIndexOf('src');
  if (src < 0 || src + 1 >= parts.length) return null;
  const layer = parts[src + 1];
  if (layer === 'features') return parts.length > src + 3 ? { layer, feature: parts[src + 2] } : null;
  return { layer, feature: null };
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid importing another feature\'s files, and features from shared code' },
    schema: [],
    messages: {
      crossFeature: "The '{{from}}' feature may not import the '{{to}}' feature's internals ('{{source}}'); move what both need to src/lib or src/ui.",
      sharedToFeature: "Shared code in src/{{from}} may not import the '{{to}}' feature ('{{source}}').",
    },
  },
  create(context) {
    const file = context.filename;
    const here = locate(file);
    if (!here) return {};

    function check(node) {
      const source = node?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const there = locate(path.resolve(path.dirname(file), source));
      if (!there || there.layer !== 'features' || !there.feature) return;
      if (here.layer === 'features' && here.feature !== there.feature) {
        context.report({ node, messageId: 'crossFeature', data: { from: here.feature, to: there.feature, source } });
      } else if (shared.includes(here.layer)) {
        context.report({ node, messageId: 'sharedToFeature', data: { from: here.layer, to: there.feature, source } });
      }
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      'CallExpression[callee.type="Import"]': (node) => check(node.arguments[0]),
    };
  },
};

export default { meta: { name: 'astra-local' }, rules: { 'feature-boundaries': rule } };
