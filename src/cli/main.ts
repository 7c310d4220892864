import { readFile } from 'node:fs/promises';
import { evaluateQuery, compileScenario, type QueryResult } from '../engine';
import {
  jsonSyntaxErrors,
  locatePointer,
  restoreScenario,
  type ManagedPolicyCatalog,
  type Query,
  type Scenario,
  type World,
} from '../model';
import { loadServiceCatalog } from '../data/serviceCatalog';
import { loadAwsManagedPolicyData, managedPolicyCatalogFor } from '../data/awsManagedPolicies';
import { formatExplanation } from './formatExplanation';
import { lint } from './lint';
import { parseArgs, USAGE } from './parseArgs';

/**
 * The command-line checker: `check` runs every query of scenario files as assertions, `eval` asks
 * one question. Exit codes (scenario-format.md): 0 all expectations hold, 1 one does not, 2 a file
 * cannot be read or is not a valid scenario.
 */

interface FileError {
  file: string;
  path: string;
  message: string;
  line?: number;
  column?: number;
}

type Loaded =
  { ok: true; scenario: Scenario; world: World; catalog: ManagedPolicyCatalog; warnings: FileError[] } | { ok: false; errors: FileError[] };

async function loadScenarioFile(file: string): Promise<Loaded> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      ok: false,
      errors: [{ file, path: '', message: code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? String(e)})` }],
    };
  }
  const syntax = jsonSyntaxErrors(text);
  if (syntax.length > 0) {
    return {
      ok: false,
      errors: syntax.map((s) => ({ file, path: '', message: s.message, line: s.location.line, column: s.location.column })),
    };
  }
  const located = (issue: { path: string; message: string }): FileError => {
    const at = locatePointer(text, issue.path);
    return { file, path: issue.path, message: issue.message, ...(at ? { line: at.line, column: at.column } : {}) };
  };
  // Loaded only when the file mentions an AWS managed policy: most never do, and start-up stays quick.
  const catalog = await managedPolicyCatalogFor(text);
  const restored = restoreScenario(JSON.parse(text) as unknown, catalog);
  if (!restored.ok) return { ok: false, errors: restored.errors.map(located) };
  return { ok: true, scenario: restored.scenario, world: restored.world, catalog, warnings: restored.warnings.map(located) };
}

const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: number, text: string) => (useColor ? `\u001b[${code}m${text}\u001b[0m` : text);
const DECISION_COLOR = { allowed: 32, explicitDeny: 31, implicitDeny: 33 } as const;

function where(e: FileError): string {
  return `${e.file}${e.line !== undefined ? `:${e.line}:${e.column}` : ''}${e.path ? ` ${e.path}` : ''}`;
}

async function check(files: string[], json: boolean, explain: boolean): Promise<number> {
  const results: Record<string, unknown>[] = [];
  const errors: FileError[] = [];
  const out: string[] = [];
  let passed = 0;
  let failed = 0;
  let unchecked = 0;
  for (const file of files) {
    const loaded = await loadScenarioFile(file);
    if (!loaded.ok) {
      errors.push(...loaded.errors);
      out.push(paint(1, file), ...loaded.errors.map((e) => `  ${paint(31, 'error')} ${where(e)}: ${e.message}`), '');
      continue;
    }
    out.push(paint(1, `${file}${loaded.scenario.title ? ` — ${loaded.scenario.title}` : ''}`));
    for (const w of loaded.warnings) out.push(`  ${paint(33, 'warning')} ${where(w)}: ${w.message}`);
    const compiled = compileScenario(loaded.scenario, loaded.world);
    (loaded.scenario.queries ?? []).forEach((q, i) => {
      const r = evaluateQuery(compiled, q, { explain, queryPath: `/queries/${i}` });
      if (r.pass === true) passed++;
      else if (r.pass === false) failed++;
      else unchecked++;
      results.push(jsonResult(file, i, q, r, explain));
      const mark = r.pass === true ? paint(32, '✓') : r.pass === false ? paint(31, '✗') : paint(2, '•');
      const name = q.name ?? `query ${i}`;
      out.push(
        `  ${mark} ${name}: ${q.principal} ${q.action} ${q.resource} → ${paint(DECISION_COLOR[r.decision], r.decision)}${r.pass === false ? ` (expected ${q.expect})` : ''}`,
      );
      if (r.pass === false || explain) out.push(`      ${r.explanation.summary}`);
      if (explain) out.push(formatExplanation(r, '      '));
      if (r.missingContextKeys.length > 0 && (r.pass === false || explain))
        out.push(`      missing context values: ${r.missingContextKeys.join(', ')}`);
    });
    if ((loaded.scenario.queries ?? []).length === 0) out.push('  (no queries)');
    out.push('');
  }
  if (json) process.stdout.write(JSON.stringify({ results, errors }, null, 2) + '\n');
  else {
    out.push(
      `${passed} passed, ${failed} failed${unchecked ? `, ${unchecked} without expectation` : ''}${errors.length ? `; ${errors.length} error${errors.length === 1 ? '' : 's'} in ${new Set(errors.map((e) => e.file)).size} file(s)` : ''}`,
    );
    process.stdout.write(out.join('\n') + '\n');
  }
  return errors.length > 0 ? 2 : failed > 0 ? 1 : 0;
}

function jsonResult(file: string, index: number, q: Query, r: QueryResult, explain: boolean): Record<string, unknown> {
  return {
    file,
    query: index,
    name: q.name ?? null,
    principal: q.principal,
    action: q.action,
    resource: q.resource,
    decision: r.decision,
    expect: q.expect ?? null,
    pass: r.pass,
    missingContextKeys: r.missingContextKeys,
    summary: r.explanation.summary,
    ...(explain ? { explanation: r.explanation } : {}),
  };
}

async function main(argv: string[]): Promise<number> {
  const command = parseArgs(argv);
  if (command.kind === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (command.kind === 'version') {
    const [data, catalog] = await Promise.all([loadAwsManagedPolicyData(), loadServiceCatalog()]);
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    process.stdout.write(
      `iam-playground ${pkg.version}\n` +
        `AWS service catalog: ${catalog.services.length} services, ${catalog.actionCount} actions from ${catalog.source}, data as of ${catalog.updatedAt}\n` +
        `AWS managed policies: ${data.count} from ${data.source}, data as of ${data.generated}\n`,
    );
    return 0;
  }
  if (command.kind === 'usageError') {
    process.stderr.write(`error: ${command.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (command.kind === 'check') return check(command.files, command.json, command.explain);
  if (command.kind === 'lint')
    return lint(
      command.files,
      command.json,
      (t) => process.stdout.write(t),
      (t) => process.stderr.write(t),
    );

  const loaded = await loadScenarioFile(command.file);
  if (!loaded.ok) {
    if (command.json) process.stdout.write(JSON.stringify({ errors: loaded.errors }, null, 2) + '\n');
    else for (const e of loaded.errors) process.stderr.write(`error: ${where(e)}: ${e.message}\n`);
    return 2;
  }
  const query: Query = {
    principal: command.principal,
    action: command.action,
    resource: command.resource,
    context: command.context,
    ...(command.sessionName ? { sessionName: command.sessionName } : {}),
    ...(command.time ? { time: command.time } : {}),
  };
  // The ad-hoc question goes through the same validation as a query in the file.
  const withQuery = restoreScenario({ ...loaded.scenario, queries: [query] }, loaded.catalog);
  if (!withQuery.ok) {
    const problems = withQuery.errors.filter((e) => e.path.startsWith('/queries/0'));
    const shown = problems.length > 0 ? problems : withQuery.errors;
    if (command.json)
      process.stdout.write(
        JSON.stringify(
          { errors: shown.map((e) => ({ file: command.file, path: e.path.replace('/queries/0', ''), message: e.message })) },
          null,
          2,
        ) + '\n',
      );
    else
      for (const e of shown)
        process.stderr.write(`error: ${e.path.replace('/queries/0/', '--').replace('--sessionName', '--session-name')}: ${e.message}\n`);
    return 2;
  }
  const r = evaluateQuery(compileScenario(withQuery.scenario, withQuery.world), query, { explain: true });
  if (command.json) {
    process.stdout.write(
      JSON.stringify({ decision: r.decision, missingContextKeys: r.missingContextKeys, explanation: r.explanation }, null, 2) + '\n',
    );
  } else {
    process.stdout.write(`${paint(DECISION_COLOR[r.decision], r.decision)}\n${r.explanation.summary}\n`);
    if (command.explain) process.stdout.write(formatExplanation(r) + '\n');
    else if (r.missingContextKeys.length > 0) process.stdout.write(`missing context values: ${r.missingContextKeys.join(', ')}\n`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
