import { describe, expect, it } from 'vitest';
import { accessHighlight } from './accessHighlight';
import { evaluate, examples, graphOf } from './testScenarios';

describe('an access answer on the graph', () => {
  const evaluation = evaluate(examples.instanceRole);
  const model = graphOf(examples.instanceRole, evaluation.ok ? evaluation : null);
  const role = 'arn:aws:iam::111122223333:role/EC2S3ReadRole';

  it('lights the principal, the roles of its chain and the can-assume edges between them (the bucket is not drawn: no node for it)', () => {
    const h = accessHighlight(
      model,
      {
        title: 'who can',
        principals: ['ec2.amazonaws.com'],
        chains: [[role]],
        statements: [['/policies/0/document/Statement/0']],
        target: 'arn:aws:s3:::my-app-assets-2026/logo.png',
      },
      '111122223333',
    );
    const policy = 'policy:arn:aws:iam::111122223333:policy/S3ReadAssets';
    expect([...h.nodes].sort()).toEqual([policy, `role:${role}`, 'service:ec2.amazonaws.com']);
    expect(h.target).toBeNull();
    // The chain's can-assume edge, and the attachment that carries the allowing statement.
    expect([...h.edges].sort()).toEqual([`assume:service:ec2.amazonaws.com->role:${role}`, `attached:role:${role}->${policy}`]);
    expect(h.deciding.get(policy)).toBe('allow');
  });

  it('skips principals the graph does not draw', () => {
    const h = accessHighlight(
      model,
      { title: 'x', principals: ['arn:aws:iam::999999999999:root'], chains: [[]], statements: [[]], target: null },
      '111122223333',
    );
    expect(h.nodes.size).toBe(0);
  });
});
