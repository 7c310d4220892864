import { describe, expect, it } from 'vitest';
import { actionPatternAt } from './actionPatternAt';

const at = (marked: string) => actionPatternAt(marked.replace('|', ''), marked.indexOf('|'));

describe('actionPatternAt', () => {
  it('finds the pattern under the cursor in Action and NotAction, as a string or in a list', () => {
    expect(at('{"Statement": [{"Action": "s3:Ge|t*"}]}')).toBe('s3:Get*');
    expect(at('{"Statement": {"NotAction": ["iam:*", "s3:|List*"]}}')).toBe('s3:List*');
    expect(at('{"policies": [{"document": {"Statement": [{"Action": ["e|c2:Describe*"]}]}}]}')).toBe('ec2:Describe*');
  });

  it('says nothing elsewhere: resources, keys, values that are not actions', () => {
    expect(at('{"Statement": [{"Resource": "arn:aws:s3:::b|/*"}]}')).toBeNull();
    expect(at('{"Statement": [{"Act|ion": "s3:Get*"}]}')).toBeNull();
    expect(at('{"Statement": [{"Action": "not an ac|tion"}]}')).toBeNull();
  });
});
