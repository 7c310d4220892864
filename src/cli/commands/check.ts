import { compileScenario, evaluateQuery, type QueryResult } from '../../engine';
import type { Query } from '../../model';
import { UsageError, type CliCommand, type CliIo } from '../command';
import { formatExplanation } from '../formatExplanation';
import { loadScenarioFile } from '../loadScenarioFile';
import { DECISION_COLOR, paint, where, type FileError } from '../output';

export const checkCommand: CliCommand = {
  name: 'check',
  usage: `  iam-playground check FILE... [--json] [--explain]
      Evaluate every query of each scenario file. Exit 0 when every expectation holds,
      1 when one does not, 2 when a file cannot be read or is not a valid scenario.`,
  flags: ['--json', '--explain'],
  options: [],
  run(args, io) {
    if (args.positional.length === 0) throw new UsageError('check needs at least one FILE');
    return check(args.positional, args.flags.has('--json'), args.flags.has('--explain'), io);
  },
};

async function check(files: string[], json: boolean, explain: boolean, io: CliIo): Promise<number> {
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
  if (json) io.out(JSON.stringify({ results, errors }, null, 2) + '\n');
  else {
    out.push(
      `${passed} passed, ${failed} failed${unchecked ? `, ${unchecked} without expectation` : ''}${errors.length ? `; ${errors.length} error${errors.length === 1 ? '' : 's'} in ${new Set(errors.map((e) => e.file)).size} file(s)` : ''}`,
    );
    io.out(out.join('\n') + '\n');
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
