// ESLint rule: imports flow one way (DESIGN.md): shared → features → app; features never import
// each other; src never imports mocks/ or tests/ (except the composition root, src/main.tsx,
// which starts the demo backend in demo builds only); src/api imports nothing above it.
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

function area(file) {
  const relative = path.relative(root, file).split(path.sep);
  if (relative[0] === 'mocks') return { kind: 'mocks' };
  if (relative[0] === 'tests') return { kind: 'tests' };
  if (relative[0] !== 'src') return { kind: 'other' };
  if (relative[1] === 'main.tsx') return { kind: 'main' };
  if (relative[1] === 'features') return { kind: 'features', feature: relative[2] };
  return { kind: relative[1] ?? 'src' };
}

const allowed = {
  api: ['api'],
  locales: ['locales'],
  shared: ['api', 'shared', 'locales'],
  features: ['api', 'shared', 'locales', 'features'],
  app: ['api', 'shared', 'locales', 'features', 'app'],
};

export const importBoundaries = {
  meta: { type: 'problem', schema: [], messages: { forbidden: '{{from}} may not import {{to}} ({{why}}).' } },
  create(context) {
    const from = area(context.filename);
    if (!(from.kind in allowed)) return {};
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = area(path.resolve(path.dirname(context.filename), source));
      let why = null;
      if (to.kind === 'mocks' || to.kind === 'tests') why = 'src never depends on mocks or tests';
      else if (to.kind === 'main') why = 'nothing imports the composition root';
      else if (!allowed[from.kind].includes(to.kind)) why = 'imports flow shared → features → app';
      else if (from.kind === 'features' && to.kind === 'features' && from.feature !== to.feature)
        why = 'features never import each other; move shared code to src/shared';
      if (why) context.report({ node, messageId: 'forbidden', data: { from: from.kind, to: source, why } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};
