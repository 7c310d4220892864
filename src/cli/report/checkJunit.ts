import { formatExplanation } from '../formatExplanation';
import { where } from '../output';
import { failureLines, queryName, totalsOf, type CheckedFile } from './checkReport';
import { attributes, xml } from './xml';

/**
 * JUnit XML, which CI systems (GitHub Actions reporters, GitLab, Jenkins, Azure) show as tests: one
 * suite per file, one test case per query. A failed expectation is a `failure` whose text is the
 * explanation; a query without `expect` asserts nothing and is `skipped`; a file that cannot be read
 * or restored is one test case with an `error` per problem.
 */
export function checkJunit(files: readonly CheckedFile[]): string {
  const t = totalsOf(files);
  const tests = files.reduce((n, f) => n + (f.errors.length > 0 ? 1 : f.queries.length), 0);
  // A file that cannot be read is one test case in error, however many problems it has.
  const errors = files.filter((f) => f.errors.length > 0).length;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: 'iam-playground check', tests, failures: t.failed, errors, skipped: t.unchecked })}>`,
  ];
  for (const f of files) out.push(...suite(f));
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}

function suite(f: CheckedFile): string[] {
  const name = f.title ? `${f.file} — ${f.title}` : f.file;
  if (f.errors.length > 0) {
    const first = f.errors[0]!;
    return [
      `  <testsuite${attributes({ name, tests: 1, failures: 0, errors: 1, skipped: 0, file: f.file })}>`,
      `    <testcase${attributes({ name: 'the scenario can be read', classname: f.file, file: f.file, line: first.line })}>`,
      `      <error${attributes({ message: `${where(first)}: ${first.message}`, type: 'invalid-scenario' })}>${xml(f.errors.map((e) => `${where(e)}: ${e.message}`).join('\n'))}</error>`,
      '    </testcase>',
      '  </testsuite>',
    ];
  }
  const totals = totalsOf([f]);
  const out = [
    `  <testsuite${attributes({ name, tests: f.queries.length, failures: totals.failed, errors: 0, skipped: totals.unchecked, file: f.file })}>`,
  ];
  for (const c of f.queries) {
    const q = c.query;
    const at = c.pass === false ? f.locate(`/queries/${c.index}`) : null;
    const open = `    <testcase${attributes({ name: `${queryName(c)}: ${q.principal} ${q.action} ${q.resource}`, classname: f.file, file: f.file, line: at?.line })}`;
    if (c.pass === true) out.push(`${open}/>`);
    else if (c.pass === null)
      out.push(
        `${open}>`,
        `      <skipped${attributes({ message: `no expectation; the decision is ${c.decision}` })}/>`,
        '    </testcase>',
      );
    else {
      const lines = failureLines(c);
      const message = lines.length > 1 && c.result?.pass !== false ? `${lines[0]!} ${lines[1]!}` : lines[0]!;
      const body = lines.join('\n');
      out.push(
        `${open}>`,
        `      <failure${attributes({ message, type: 'expectation' })}>${xml(c.result ? `${body}\n${formatExplanation(c.result)}` : body)}</failure>`,
        '    </testcase>',
      );
    }
  }
  out.push('  </testsuite>');
  return out;
}
