import { describe, expect, it } from 'vitest';
import { distinctNames, isScenarioText, sortImportFiles } from './importSorting';

describe('sorting the files of a drop', () => {
  it('knows a scenario by its format, wherever the key stands and however the slash is written', () => {
    expect(isScenarioText('{"format": "iam-playground/scenario", "version": 1}')).toBe(true);
    expect(isScenarioText('{\n  "title": "x",\n  "format"  :\n "iam-playground\\/scenario"\n}')).toBe(true);
    expect(isScenarioText('\uFEFF{"format":"iam-playground/scenario"}')).toBe(true);
  });

  it('takes everything else for AWS output, including a policy that mentions the format in a string', () => {
    expect(isScenarioText('{"UserDetailList": [], "RoleDetailList": []}')).toBe(false);
    expect(isScenarioText('{"format": "iam-playground/aws-bundle", "version": 1}')).toBe(false);
    expect(isScenarioText('{"Policy": "{\\"format\\": \\"iam-playground/scenario\\"}"}')).toBe(false);
  });

  it('keeps the order of the drop in each group', () => {
    const files = ['a', 'b', 'c'].map((name, i) => ({ name, text: i === 1 ? '{"format":"iam-playground/scenario"}' : '{}' }));
    const sorted = sortImportFiles(files);
    expect(sorted.scenarios.map((f) => f.name)).toEqual(['b']);
    expect(sorted.aws.map((f) => f.name)).toEqual(['a', 'c']);
  });

  it('tells apart files of the same name', () => {
    expect(distinctNames(['prod.json', 'dev.json', 'prod.json', 'prod.json'])).toEqual([
      'prod.json',
      'dev.json',
      'prod.json (2)',
      'prod.json (3)',
    ]);
    expect(distinctNames(['a (2)', 'a', 'a'])).toEqual(['a (2)', 'a', 'a (3)']);
  });
});
