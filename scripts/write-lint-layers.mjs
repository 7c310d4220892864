// Writes the layer rules of .oxlintrc.json from one table, so the rule and its picture in the
// README cannot drift apart: `node scripts/write-lint-layers.mjs` after changing LAYERS.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Each folder of src/ and the folders it may import. Anything else is against the direction. */
export const LAYERS = {
  model: [],
  engine: ['model'],
  catalog: ['model', 'engine'],
  analysis: ['model', 'engine', 'catalog'],
  data: ['model', 'catalog'],
  examples: ['model'],
  lessons: ['model', 'engine', 'analysis'],
  persistence: ['model'],
  interop: ['model'],
  worker: ['model', 'engine', 'catalog', 'analysis', 'data', 'interop'],
  store: ['model', 'engine', 'catalog', 'analysis', 'interop', 'worker', 'persistence'],
  session: ['model', 'engine', 'persistence', 'worker', 'store', 'examples', 'interop'],
  ui: ['model', 'store'],
  features: ['model', 'engine', 'catalog', 'analysis', 'data', 'examples', 'lessons', 'interop', 'worker', 'store', 'session', 'ui'],
  shell: [
    'model',
    'engine',
    'catalog',
    'analysis',
    'data',
    'examples',
    'lessons',
    'interop',
    'worker',
    'store',
    'session',
    'ui',
    'features',
  ],
  cli: ['model', 'engine', 'catalog', 'analysis', 'data', 'examples', 'interop'],
};

/** Folders that run in the browser worker and in Node as well: no UI libraries, no Node APIs. */
const PURE = new Set(['model', 'engine', 'catalog', 'analysis', 'examples', 'lessons', 'interop']);
/** The only folders that may touch browser storage, the address or other tabs. */
const BROWSER_STATE = new Set(['persistence', 'session']);

const UI_LIBRARIES = [
  'react',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  'idb',
  '@xyflow/*',
  'monaco-editor',
  'monaco-editor/*',
  '@monaco-editor/*',
];
const NODE_APIS = ['node:*', 'fs', 'path', 'child_process'];
const RESTRICTED_GLOBALS = ['indexedDB', 'localStorage', 'sessionStorage', 'location', 'history', 'BroadcastChannel'];

const folders = Object.keys(LAYERS);
const direction =
  'model ← engine ← catalog ← analysis ← worker ← store ← session ← features ← shell; persistence, interop and data beside (README, "Layers")';

function overrideFor(folder) {
  const banned = folders.filter((f) => f !== folder && !LAYERS[folder].includes(f));
  const patterns = [];
  if (banned.length > 0) {
    patterns.push({
      group: banned.flatMap((f) => [`**/${f}`, `**/${f}/**`]).concat(['**/App', '**/main']),
      message: `${folder}/ may import only ${LAYERS[folder].join(', ') || 'nothing of ours'}: dependencies point one way, ${direction}`,
    });
  }
  // The engine's and the model's index.ts are their public surface: no reaching into their files.
  const surfaces = ['model', 'engine'].filter((f) => f !== folder && LAYERS[folder].includes(f));
  if (surfaces.length > 0) {
    patterns.push({
      group: surfaces.map((f) => `**/${f}/*`),
      message: 'import the engine and the model through their index.ts (`../engine`, `../model`), not their files',
    });
  }
  if (PURE.has(folder)) {
    patterns.push({ group: UI_LIBRARIES, message: `${folder}/ is pure TypeScript: no UI or browser libraries` });
    patterns.push({ group: NODE_APIS, message: `${folder}/ runs in the browser too: no Node APIs` });
  }
  const rules = { 'no-restricted-imports': ['error', { patterns }] };
  if (!BROWSER_STATE.has(folder) && folder !== 'cli') {
    rules['no-restricted-globals'] = [
      'error',
      ...RESTRICTED_GLOBALS.map((name) => ({
        name,
        message: 'browser storage, the address and other tabs belong to src/persistence and src/session',
      })),
    ];
  }
  return { files: [`src/${folder}/**`], rules };
}

const path = join(import.meta.dirname, '..', '.oxlintrc.json');
const config = JSON.parse(readFileSync(path, 'utf8'));
// Tests may take the example scenarios as fixtures wherever they live; the layer rule is for code.
const testOverride = {
  files: ['src/**/*.test.ts'],
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: ['**/App', '**/main'], message: 'tests drive modules, not the app entry' }] }],
  },
};
config.overrides = [...folders.map(overrideFor), testOverride];
writeFileSync(path, JSON.stringify(config, null, 2) + '\n');
console.log(`wrote ${folders.length} layer overrides to .oxlintrc.json`);
