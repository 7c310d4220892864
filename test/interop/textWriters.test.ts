import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { hclString, hclValue } from '../../src/interop/export/hclText';
import { q } from '../../src/interop/export/awsCliScript';
import { toYaml } from '../../src/interop/export/yamlText';
import { spawnSync } from 'node:child_process';
import { parseTerraform } from './deployedEntities';

/** The three quoting rules every export rests on, checked on any text a policy or a name may hold. */
const AWKWARD = [
  '',
  'yes',
  'No',
  'null',
  '~',
  'true',
  '2012-10-17',
  '0x1F',
  '1e3',
  '.inf',
  '*',
  '&a',
  '!Ref',
  'a: b',
  'a #b',
  'a:',
  '- x',
  '? x',
  '${x}',
  '%{x}',
  "'",
  '"',
  '\\',
  '\u0085',
  '\u2028',
  '\ufeff',
  'tab\there',
  'é✓',
];
const text = fc.oneof(fc.constantFrom(...AWKWARD), fc.string({ unit: 'binary' }), fc.string());

describe('YAML writer', () => {
  it('writes any string so that YAML reads back the same string, as a key and as a value', () => {
    fc.assert(
      fc.property(text, text, (key, value) => {
        expect(parseYaml(toYaml({ [key]: value, list: [value, { [key]: [value] }] }))).toEqual({
          [key]: value,
          list: [value, { [key]: [value] }],
        });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps plain what reads back as itself', () => {
    expect(toYaml({ Type: 'AWS::IAM::Role', Action: 's3:Get*', Resource: 'arn:aws:s3:::b/*', Path: '/a/' })).toBe(
      'Type: AWS::IAM::Role\nAction: s3:Get*\nResource: arn:aws:s3:::b/*\nPath: /a/\n',
    );
  });
});

describe('HCL strings', () => {
  it('writes any string so that HCL reads back the same string, template sequences included', () => {
    const strings = fc.sample(text, 150).filter((s) => !/[\ud800-\udfff]/.test(s));
    const config = strings.map((s, i) => `v${i} = ${hclString(s)}\nm${i} = ${hclValue({ [s]: [s] }, 0)}`).join('\n');
    const parsed = parseTerraform(config);
    strings.forEach((s, i) => {
      expect(parsed[`v${i}`]).toBe(s);
      expect(parsed[`m${i}`]).toEqual({ [s]: [s] });
    });
  });
});

describe('shell quoting', () => {
  it('hands any string to the command unchanged', () => {
    const strings = fc.sample(fc.oneof(fc.constantFrom(...AWKWARD), fc.string()), 100).filter((s) => !s.includes('\u0000'));
    const script = strings.map((s) => `printf '%s\\0' ${q(s)}`).join('\n');
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(r.stdout.split('\u0000').slice(0, -1)).toEqual(strings);
  });
});
