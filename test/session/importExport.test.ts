import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importScenarioFile } from '../../src/session/importExport';
import { useLibraryStore } from '../../src/store/libraryStore';

const starter = readFileSync(join(import.meta.dirname, '../../src/examples/starter.json'), 'utf8');
const notice = () => useLibraryStore.getState().notice?.text ?? '';

describe('importing a scenario file', () => {
  it('reads a file that starts with a byte-order mark, as Windows editors write them', async () => {
    expect(await importScenarioFile(new File(['\ufeff' + starter], 'starter.json'))).toBe(true);
    expect(notice()).toMatch(/^Imported/);
  });

  it('refuses a file nested too deep with its name, line and the limit, and no stack trace', async () => {
    const deep = '{\n  "format": "iam-playground/scenario",\n  "title": ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n}';
    expect(await importScenarioFile(new File([deep], 'deep.json'))).toBe(false);
    expect(notice()).toBe('deep.json:3:75: nested deeper than 64 levels. Nothing was imported.');
  });
});
