import { generatedScenario } from '../../src/analysis/findings/generatedScenario';

/** About a megabyte of scenario: a generated world and 4,000 queries. The hostile-input tests break it; the CLI bench times it. */
export function megabyteScenario(): Record<string, unknown> {
  const s = generatedScenario(1000, 60);
  const queries = Array.from({ length: 4000 }, (_, i) => ({
    name: `q${i}`,
    principal: `user/user${i % 1000}`,
    action: ['s3:GetObject', 'iam:CreateUser', 'ec2:RunInstances'][i % 3],
    resource: i % 2 ? `arn:aws:s3:::bucket-${i % 60}/user${i % 1000}/k` : '*',
    expect: 'allowed',
  }));
  return { ...s, queries };
}
