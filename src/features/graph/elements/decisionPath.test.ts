import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../model';
import { defaultAccountOf } from '../../../model';
import { decisionHighlight } from './decisionPath';
import { evaluate, examples, graphOf } from './testScenarios';

function highlight(s: Scenario, query: number) {
  const evaluation = evaluate(s);
  if (!evaluation.ok) throw new Error(evaluation.errors[0]?.message);
  const model = graphOf(s, evaluation);
  return decisionHighlight(model, s.queries![query]!, evaluation.results[query]!, defaultAccountOf(s));
}

describe('decisionHighlight', () => {
  const priya = 'user:arn:aws:iam::111122223333:user/priya';
  const developers = 'group:arn:aws:iam::111122223333:group/Developers';

  it('an allow through a group: the policy is green and the path runs user → group → policy', () => {
    const h = highlight(examples.starter, 0);
    const read = 'policy:arn:aws:iam::111122223333:policy/S3ReadAssets';
    expect(h.decision).toBe('allowed');
    expect(h.principal).toBe(priya);
    expect(h.target).toBe('resource:arn:aws:s3:::my-app-assets-2026');
    expect([...h.deciding]).toEqual([[read, 'allow']]);
    expect(h.edges).toEqual(new Set([`member:${priya}->${developers}`, `attached:${developers}->${read}`]));
    expect(h.nodes.has(developers)).toBe(true);
    expect(h.nodes.has('user:arn:aws:iam::111122223333:user/sam')).toBe(false);
  });

  it('an explicit deny is red', () => {
    const h = highlight(examples.starter, 1);
    expect(h.decision).toBe('explicitDeny');
    expect([...h.deciding]).toEqual([['policy:arn:aws:iam::111122223333:policy/DenySecrets', 'deny']]);
  });

  it('a deciding inline policy lights its identity and its badge', () => {
    const h = highlight(examples.bucketPolicy, 1);
    const bruno = 'user:arn:aws:iam::222222222222:user/bruno';
    expect(h.deciding.get(bruno)).toBe('allow');
    expect(h.decidingInline).toEqual(new Set(['/users/1/inlinePolicies/0/document']));
    // Both halves decide across accounts: the bucket policy is reached through Bruno's account.
    expect(h.deciding.get('resource:arn:aws:s3:::shared-data')).toBe('allow');
    expect(h.edges).toEqual(new Set(['resourcePolicy:resource:arn:aws:s3:::shared-data->account:222222222222']));
    expect(h.nodes.has('account:222222222222')).toBe(true);
  });

  it('an SCP deny is reached through the account and its OU', () => {
    const h = highlight(examples.scpGuardrail, 1);
    expect(h.deciding.get('orgpolicy:scp:DenyOutsideEU')).toBe('deny');
    expect(h.edges).toEqual(new Set(['orgPolicy:orgpolicy:scp:DenyOutsideEU->ou:ou-workloads']));
    expect([...h.nodes]).toEqual(expect.arrayContaining(['account:111111111111', 'ou:ou-workloads']));
  });

  it('finds a role principal written as role/NAME', () => {
    const h = highlight(examples.instanceRole, 2);
    expect(h.principal).toBe('role:arn:aws:iam::111122223333:role/EC2S3ReadRole');
    expect(h.edges).toEqual(
      new Set(['attached:role:arn:aws:iam::111122223333:role/EC2S3ReadRole->policy:arn:aws:iam::111122223333:policy/S3ReadAssets']),
    );
  });

  it('AssumeRole: the service asks, the role is the target and its trust policy decides', () => {
    const h = highlight(examples.instanceRole, 0);
    const role = 'role:arn:aws:iam::111122223333:role/EC2S3ReadRole';
    expect(h.principal).toBe('service:ec2.amazonaws.com');
    expect(h.target).toBe(role);
    expect(h.deciding.get(role)).toBe('allow');
  });

  it('an implicit deny lights the principal and nothing green', () => {
    const h = highlight(examples.boundary, 1);
    expect(h.decision).toBe('implicitDeny');
    expect([...h.deciding.values()].includes('allow')).toBe(false);
    expect(h.principal).toBe('user:arn:aws:iam::111122223333:user/dana');
  });
});
