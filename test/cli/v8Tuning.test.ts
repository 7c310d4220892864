import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SHORT_RUN_V8_FLAGS } from '../../src/cli/v8Tuning';

describe('the V8 flags the command line sets', () => {
  // A flag V8 does not know is not refused: V8 prints "Error: unrecognized flag" on standard
  // output, which would break every `--format json` report. So each must be one this Node knows.
  it('are flags this Node’s V8 knows, with a value of the right kind', () => {
    const options = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
    for (const flag of SHORT_RUN_V8_FLAGS) {
      const [name, value] = flag.split('=');
      expect(options, name).toContain(`  ${name!} (`);
      if (value !== undefined) expect(options).toMatch(new RegExp(`${name!}[^\\n]*\\n\\s+type: int`));
    }
  });

  it('are set without a word on either stream', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', '-e', "import('./src/cli/v8Tuning.ts').then((m) => m.tuneV8ForAShortRun())"],
      { encoding: 'utf8', cwd: process.cwd() },
    );
    expect(r).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });
});
