import { failsLint, type LintedFile, type LintEntry } from './lintReport';
import { attributes, xml } from './xml';

/**
 * JUnit XML for `lint`: one suite per file, one test case per policy it holds. A policy with an
 * error or a security warning fails, its findings in the failure; warnings and suggestions go to
 * the test's output. Findings outside every policy are one more test case, `scenario`.
 */
export function lintJunit(files: readonly LintedFile[]): string {
  const suites = files.map(suiteOf);
  const sum = (k: 'tests' | 'failures' | 'errors') => suites.reduce((n, s) => n + s[k], 0);
  return (
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<testsuites${attributes({ name: 'iam-playground lint', tests: sum('tests'), failures: sum('failures'), errors: sum('errors') })}>`,
      ...suites.flatMap((s) => s.lines),
      '</testsuites>',
    ].join('\n') + '\n'
  );
}

const line = (f: LintEntry) => `${f.file}:${f.line ?? 1}:${f.column ?? 1} ${f.severity} ${f.code} ${f.message}`;

function suiteOf(file: LintedFile): { tests: number; failures: number; errors: number; lines: string[] } {
  if (file.errors.length > 0) {
    const first = file.errors[0]!;
    const message = `${file.file}${first.line ? `:${first.line}:${first.column}` : ''}: ${first.message}`;
    return {
      tests: 1,
      failures: 0,
      errors: 1,
      lines: [
        `  <testsuite${attributes({ name: file.file, tests: 1, failures: 0, errors: 1, file: file.file })}>`,
        `    <testcase${attributes({ name: 'the file can be read as JSON', classname: file.file, file: file.file, line: first.line })}>`,
        `      <error${attributes({ message, type: 'unreadable' })}>${xml(file.errors.map((e) => e.message).join('\n'))}</error>`,
        '    </testcase>',
        '  </testsuite>',
      ],
    };
  }
  // Each finding belongs to the innermost policy whose pointer contains its path.
  const cases = new Map<string, { name: string; line: number | undefined; findings: LintEntry[] }>();
  for (const p of file.policies) cases.set(p.path, { name: p.name, line: p.line, findings: [] });
  const rest: LintEntry[] = [];
  for (const f of file.findings) {
    const owner = [...cases.keys()].filter((k) => f.path === k || f.path.startsWith(`${k}/`)).sort((a, b) => b.length - a.length)[0];
    if (owner === undefined) rest.push(f);
    else cases.get(owner)!.findings.push(f);
  }
  if (rest.length > 0) cases.set('', { name: 'scenario', line: undefined, findings: rest });
  let failures = 0;
  const body: string[] = [];
  for (const c of cases.values()) {
    const failing = c.findings.filter(failsLint);
    const others = c.findings.filter((f) => !failsLint(f));
    const open = `    <testcase${attributes({ name: c.name, classname: file.file, file: file.file, line: failing[0]?.line ?? c.line })}`;
    if (c.findings.length === 0) {
      body.push(`${open}/>`);
      continue;
    }
    body.push(`${open}>`);
    if (failing.length > 0) {
      failures++;
      const message = failing.map((f) => `${f.code}: ${f.message}`).join('; ');
      body.push(`      <failure${attributes({ message, type: failing[0]!.severity })}>${xml(failing.map(line).join('\n'))}</failure>`);
    }
    if (others.length > 0) body.push(`      <system-out>${xml(others.map(line).join('\n'))}</system-out>`);
    body.push('    </testcase>');
  }
  return {
    tests: cases.size,
    failures,
    errors: 0,
    lines: [
      `  <testsuite${attributes({ name: file.file, tests: cases.size, failures, errors: 0, file: file.file })}>`,
      ...body,
      '  </testsuite>',
    ],
  };
}
