// ESLint rule: imports flow one way (DESIGN.md).
// - In the app: shared → features → app; features never import each other; src/api imports
//   nothing above it; src never imports mocks/ or tests/ (except the composition root,
//   src/main.tsx, which starts the demo backend in demo builds only).
// - The demo backend (mocks/) is another implementation of the contract, not part of the app:
//   it may import the contract (src/api) and the pure data helpers listed below; the demo's own
//   screens (mocks/demo) also render inside the app, so they may use src/shared.
// - Browser tests and benchmarks (tests/e2e, tests/bench) drive the built portal over HTTP:
//   they import neither the app nor the demo backend, only the contract's types.
// - The operator kit (operator/) talks to a backend over HTTP like any client: it imports the
//   contract (src/api) and the project's tooling, never the app or the demo backend. The tests
//   that validate the demo backend use its response validator (operator/contract), so there is
//   one validator, not a test copy and an operator copy.
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

function area(file) {
  const relative = path.relative(root, file).split(path.sep);
  const [top, second, third] = relative;
  if (top === 'mocks') return { kind: second === 'demo' ? 'mocks-demo' : 'mocks' };
  if (top === 'operator') return { kind: 'operator' };
  if (top === 'tests') return { kind: second === 'e2e' || second === 'bench' ? 'tests-browser' : 'tests' };
  if (top !== 'src') return { kind: 'other' };
  if (second === 'main.tsx') return { kind: 'main' };
  if (second === 'features') return { kind: 'features', feature: third };
  return { kind: second ?? 'src', file: relative.join('/') };
}

// Pure data helpers of the app the demo backend may share (no React, no app state).
const pureHelpersForMocks = ['src/shared/lib/countries.ts'];

const allowed = {
  api: ['api'],
  locales: ['locales'],
  shared: ['api', 'shared', 'locales'],
  features: ['api', 'shared', 'locales', 'features'],
  app: ['api', 'shared', 'locales', 'features', 'app'],
  // `other` is the project's tooling (e.g. the CSP the demo HTTP server sends).
  mocks: ['api', 'mocks', 'mocks-demo', 'other'],
  'mocks-demo': ['api', 'shared', 'mocks', 'mocks-demo'],
  'tests-browser': ['api', 'tests-browser', 'other'],
  operator: ['api', 'operator', 'other'],
};

const appAreas = new Set(['api', 'locales', 'shared', 'features', 'app', 'main', 'src']);

function resolveTarget(fromFile, source) {
  const resolved = path.resolve(path.dirname(fromFile), source);
  return /\.[cm]?[jt]sx?$/.test(resolved) ? resolved : `${resolved}.ts`;
}

function verdict(from, to, target) {
  if (from.kind === 'mocks' && to.kind === 'shared') {
    const file = path.relative(root, target).split(path.sep).join('/');
    return pureHelpersForMocks.includes(file) ? null : 'the demo backend shares only the contract and pure data helpers with the app';
  }
  if (from.kind === 'tests-browser' && to.kind === 'api') return null;
  if (from.kind === 'tests-browser' && (appAreas.has(to.kind) || to.kind.startsWith('mocks'))) return 'browser tests drive the built portal over HTTP';
  if (appAreas.has(from.kind) && (to.kind.startsWith('mocks') || to.kind.startsWith('tests'))) return 'src never depends on mocks or tests';
  if (to.kind === 'main') return 'nothing imports the composition root';
  if (from.kind.startsWith('mocks') && to.kind === 'operator') return 'the demo backend may import only the contract';
  if (from.kind === 'operator' && !allowed.operator.includes(to.kind)) return 'the operator kit talks to a backend over HTTP: it imports only the contract and tooling';
  if (!allowed[from.kind].includes(to.kind)) return from.kind.startsWith('mocks') ? 'the demo backend may import only the contract' : 'imports flow shared → features → app';
  if (from.kind === 'features' && to.kind === 'features' && from.feature !== to.feature) return 'features never import each other; move shared code to src/shared';
  return null;
}

export const importBoundaries = {
  meta: { type: 'problem', schema: [], messages: { forbidden: '{{from}} may not import {{to}} ({{why}}).' } },
  create(context) {
    const from = area(context.filename);
    if (!(from.kind in allowed)) return {};
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = resolveTarget(context.filename, source);
      const why = verdict(from, area(target), target);
      if (why) context.report({ node, messageId: 'forbidden', data: { from: from.kind, to: source, why } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};
