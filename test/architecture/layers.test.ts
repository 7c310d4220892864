import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The folder rules of README "Layers", checked on the source itself: lint holds each folder to
 * its allowed imports, this test holds what lint's per-file patterns cannot see (cycles between
 * folders, one feature reaching into another) and proves that lint really fails a violation.
 */
const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'service-docs' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** `features/graph` for a feature's files, else the top folder of src (`engine`, `store`…). */
function roomOf(path: string): string {
  const parts = relative(src, path).split('/');
  if (parts.length === 1) return '(root)';
  return parts[0] === 'features' ? `features/${parts[1]}` : parts[0]!;
}

function importGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(src)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      const target = resolve(dirname(file), m[1]!);
      if (!target.startsWith(src + '/')) continue;
      const from = roomOf(file);
      const to = roomOf(statSync(target, { throwIfNoEntry: false })?.isDirectory() ? join(target, 'index.ts') : target);
      if (from === to) continue;
      const edges = graph.get(from) ?? new Map<string, string>();
      if (!edges.has(to)) edges.set(to, relative(root, file));
      graph.set(from, edges);
    }
  }
  return graph;
}

describe('layers', () => {
  const graph = importGraph();

  it('has no cycle between folders', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (room: string, trail: string[]): void => {
      if (state.get(room) === 'done') return;
      if (state.get(room) === 'visiting') {
        cycles.push([...trail.slice(trail.indexOf(room)), room].join(' → '));
        return;
      }
      state.set(room, 'visiting');
      for (const next of graph.get(room)?.keys() ?? []) visit(next, [...trail, room]);
      state.set(room, 'done');
    };
    for (const room of graph.keys()) visit(room, []);
    expect(cycles).toEqual([]);
  });

  it('keeps every feature to itself: what two features share lives in store/, model/ or ui/', () => {
    const crossings = [...graph].flatMap(([from, edges]) =>
      from.startsWith('features/') ? [...edges].filter(([to]) => to.startsWith('features/')).map(([to, file]) => `${file} → ${to}`) : [],
    );
    expect(crossings).toEqual([]);
  });

  it('has lint fail an import against the direction and browser state outside its rooms', () => {
    const output = lintProbe(
      'engine',
      "import { useUiStore } from '../store/uiStore';\nexport const probe = [useUiStore, location.hash];\n",
    );
    expect(output).toContain('no-restricted-imports');
    expect(output).toContain('no-restricted-globals');
  });

  it('has lint fail a deep import into the engine from outside it', () => {
    expect(
      lintProbe('analysis', "import { compileWildcard } from '../engine/wildcard';\nexport const probe = compileWildcard;\n"),
    ).toContain('through their index.ts');
  });
});

/** Lints a throwaway file placed in `src/<folder>/` and returns what lint said; lint must fail it. */
function lintProbe(folder: string, text: string): string {
  const probe = join(src, folder, 'layerProbe.ts');
  writeFileSync(probe, text);
  try {
    const run = spawnSync(join(root, 'node_modules/.bin/oxlint'), ['-c', join(root, '.oxlintrc.json'), relative(root, probe)], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
    return run.stdout;
  } finally {
    rmSync(probe, { force: true });
  }
}
