import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textToValue, typeOfValue, valueToText } from '../../src/features/queries/contextValues';
import { keysToText, tagsToText, textToKeys, textToTags } from '../../src/features/queries/tagText';
import { queryOptions } from '../../src/model/queryOptions';
import type { Scenario } from '../../src/model';

const example = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../src/examples/library/05-cross-account-assume-role.json'), 'utf8'),
) as Scenario;

describe('queryOptions', () => {
  it('offers the scenario principals (short forms in the default account, ARNs elsewhere), actions and resources', () => {
    const o = queryOptions(example);
    expect(o.principals).toEqual(
      expect.arrayContaining(['user/ana', 'user/bo', 'arn:aws:iam::222222222222:role/ProdReadOnly', 'arn:aws:iam::111111111111:root']),
    );
    expect(o.actions).toEqual(expect.arrayContaining(['sts:AssumeRole', 's3:GetObject']));
    expect(o.resources).toContain('arn:aws:iam::222222222222:role/ProdReadOnly');
    expect(o.contextKeys).toContain('aws:MultiFactorAuthPresent');
  });
});

describe('context values', () => {
  it.each([
    ['42', 'number', 42],
    ['true', 'boolean', true],
    ['a, b ,c', 'list', ['a', 'b', 'c']],
    ['10.0.0.1', 'string', '10.0.0.1'],
  ] as const)('%s as %s', (text, type, value) => {
    expect(textToValue(text, type)).toEqual({ ok: true, value });
    expect(typeOfValue(value as never)).toBe(type);
  });

  it('refuses what does not fit the type instead of guessing', () => {
    expect(textToValue('forty', 'number')).toMatchObject({ ok: false });
    expect(textToValue('yes', 'boolean')).toMatchObject({ ok: false, message: 'use true or false' });
    expect(valueToText(['x', 'y'])).toBe('x, y');
  });
});

describe('session tags as text', () => {
  it('reads KEY=VALUE pairs and writes them back the same way', () => {
    expect(textToTags(' team=web , project = blue,')).toEqual({ ok: true, value: { team: 'web', project: 'blue' } });
    expect(tagsToText({ team: 'web', project: 'blue' })).toBe('team=web, project=blue');
    expect(textToTags('team=')).toEqual({ ok: true, value: { team: '' } });
  });

  it('says which pair is not KEY=VALUE, instead of dropping it', () => {
    expect(textToTags('team=web, oops')).toEqual({ ok: false, message: '`oops` is not KEY=VALUE' });
    expect(textToTags('=web').ok).toBe(false);
  });

  it('reads tag keys as a list', () => {
    expect(textToKeys('team, ,project ')).toEqual(['team', 'project']);
    expect(keysToText(['team', 'project'])).toBe('team, project');
  });
});
