import { describe, expect, it } from 'vitest';
import { collapseContainers, describeContents } from './collapse';
import { evaluate, examples, graphOf as graphWith } from './testScenarios';

const graphOf = (s: typeof examples.crossAccount) => {
  const evaluation = evaluate(s);
  return graphWith(s, evaluation.ok ? evaluation : null);
};

/** Example 5 without its MFA condition, so the graph shows who can assume the production role. */
const crossAccount = structuredClone(examples.crossAccount);
for (const role of crossAccount.roles ?? []) {
  const trust = role.trustPolicy!;
  for (const st of Array.isArray(trust.Statement) ? trust.Statement : [trust.Statement]) delete st.Condition;
}

describe('collapseContainers', () => {
  const model = graphOf(crossAccount);
  const devAccount = 'account:111111111111';
  const prodAccount = 'account:222222222222';

  it('leaves the model untouched when nothing is folded', () => {
    expect(collapseContainers(model, new Set())).toBe(model);
  });

  it('folds an account into one node that counts what it holds', () => {
    const folded = collapseContainers(model, new Set([devAccount]));
    expect(folded.nodes.some((n) => n.parent === devAccount)).toBe(false);
    const account = folded.nodes.find((n) => n.id === devAccount)!;
    expect(account.data.kind === 'account' && account.data.collapsed).toMatchObject({ user: 2 });
    expect(describeContents(account.data.kind === 'account' ? account.data.collapsed! : {})).toMatch(/^2 users/);
  });

  it('re-routes relations that cross the border to the folded node, one edge per kind and direction', () => {
    const assumeBefore = model.edges.filter((e) => e.kind === 'assume');
    expect(assumeBefore.length).toBeGreaterThanOrEqual(1);
    const folded = collapseContainers(model, new Set([devAccount]));
    const assume = folded.edges.filter((e) => e.kind === 'assume');
    expect(assume).toHaveLength(1);
    expect(assume[0]).toMatchObject({ source: devAccount, target: 'role:arn:aws:iam::222222222222:role/ProdReadOnly', detach: null });
    // Every edge ends on a node that is still drawn.
    const ids = new Set(folded.nodes.map((n) => n.id));
    for (const e of folded.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });

  it('drops relations inside a folded box, and folds nested containers with their parent', () => {
    const both = collapseContainers(model, new Set([devAccount, prodAccount]));
    expect(both.edges.every((e) => e.source !== e.target)).toBe(true);
    const org = graphOf(examples.scpGuardrail);
    const root = org.nodes.find((n) => n.data.kind === 'ou' && n.data.root)!;
    const foldedOrg = collapseContainers(org, new Set([root.id]));
    expect(foldedOrg.nodes.some((n) => n.data.kind === 'account' && n.parent !== null)).toBe(false);
    const rootNode = foldedOrg.nodes.find((n) => n.id === root.id)!;
    expect(rootNode.data.kind === 'ou' && (rootNode.data.collapsed?.account ?? 0)).toBeGreaterThan(0);
  });
});
