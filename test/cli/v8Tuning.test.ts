import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SHORT_RUN_V8_FLAGS } from '../../src/cli/v8Tuning';

describe('the V8 flags the command line sets', () => {
  // A flag V8 does not know is not refused: V8 prints "Error: unrecognized flag" on standard
  // error at every run, beside every report. So each must be one this Node knows.
  it('are flags this Node’s V8 knows, with a value of the right kind', () => {
    const options = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
    for (const flag of SHORT_RUN_V8_FLAGS) {
      const [name, value] = flag.split('=');
      // The flag's own entry ("  --name (description)" then "type: int"), not one whose name it begins.
      const entry = new RegExp(`\\n\\s+${name!.replaceAll('-', '\\-')} \\([^\\n]*\\)\\r?\\n\\s+type: (\\w+)`).exec(options);
      expect(entry, name).not.toBeNull();
      if (value !== undefined) expect(entry![1], name).toMatch(/^(int|uint|size_t)$/);
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
