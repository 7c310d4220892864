import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../model';
import { collapseContainers, describeContents, foldedContainers } from './collapse';
import { iamPathOf, PATH_BOXES_FROM } from './scenarioToGraph';
import { graphOf } from './testScenarios';

const ACCOUNT = '111122223333';

/** An account of `users` users split over two team paths, one group per team and a policy per team. */
function account(users: number): Scenario {
  const team = (i: number) => (i % 2 === 0 ? 'web' : 'data');
  return {
    format: 'iam-playground/scenario',
    version: 1,
    defaultAccount: ACCOUNT,
    policies: ['web', 'data'].map((t) => ({
      name: `${t}-read`,
      path: `/teams/${t}/`,
      document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${t}/*` }] },
    })),
    groups: ['web', 'data'].map((t) => ({
      name: t,
      path: `/teams/${t}/`,
      managedPolicies: [`arn:aws:iam::${ACCOUNT}:policy/teams/${t}/${t}-read`],
    })),
    users: Array.from({ length: users }, (_, i) => ({ name: `u${i}`, path: `/teams/${team(i)}/`, groups: [team(i)] })),
    roles: [
      {
        name: 'deploy',
        trustPolicy: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
        },
      },
    ],
  } as Scenario;
}

describe('path boxes of a large account', () => {
  it('reads the IAM path out of an ARN', () => {
    expect(iamPathOf(`arn:aws:iam::${ACCOUNT}:user/teams/web/ana`)).toBe('/teams/web/');
    expect(iamPathOf(`arn:aws:iam::${ACCOUNT}:role/deploy`)).toBe('/');
    expect(iamPathOf(`arn:aws:iam::${ACCOUNT}:policy/a/b/c/p`)).toBe('/a/b/c/');
  });

  it('leaves a small account as one box of entities', () => {
    const model = graphOf(account(20), null);
    expect(model.nodes.some((n) => n.data.kind === 'path')).toBe(false);
    expect(model.nodes.filter((n) => n.data.kind === 'user').every((n) => n.parent === `account:${ACCOUNT}`)).toBe(true);
  });

  it('puts the users, groups, roles and policies of a large account into one box per path, inside the account', () => {
    const model = graphOf(account(PATH_BOXES_FROM), null);
    const boxes = model.nodes.filter((n) => n.data.kind === 'path');
    expect(boxes.map((b) => b.id).sort()).toEqual([`path:${ACCOUNT}:/`, `path:${ACCOUNT}:/teams/data/`, `path:${ACCOUNT}:/teams/web/`]);
    expect(boxes.every((b) => b.parent === `account:${ACCOUNT}`)).toBe(true);
    const parentOf = (id: string) => model.nodes.find((n) => n.id === id)?.parent;
    expect(parentOf(`user:arn:aws:iam::${ACCOUNT}:user/teams/web/u0`)).toBe(`path:${ACCOUNT}:/teams/web/`);
    expect(parentOf(`group:arn:aws:iam::${ACCOUNT}:group/teams/data/data`)).toBe(`path:${ACCOUNT}:/teams/data/`);
    expect(parentOf(`policy:arn:aws:iam::${ACCOUNT}:policy/teams/web/web-read`)).toBe(`path:${ACCOUNT}:/teams/web/`);
    expect(parentOf(`role:arn:aws:iam::${ACCOUNT}:role/deploy`)).toBe(`path:${ACCOUNT}:/`);
    // The containers come before what they hold, as React Flow requires.
    const order = model.nodes.map((n) => n.id);
    expect(order.indexOf(`account:${ACCOUNT}`)).toBeLessThan(order.indexOf(`path:${ACCOUNT}:/teams/web/`));
    expect(order.indexOf(`path:${ACCOUNT}:/teams/web/`)).toBeLessThan(order.indexOf(`user:arn:aws:iam::${ACCOUNT}:user/teams/web/u0`));
  });

  it('opens folded: every path box is one node that counts what it holds, until the layout lists it as expanded', () => {
    const model = graphOf(account(PATH_BOXES_FROM), null);
    const folded = collapseContainers(model, foldedContainers(model, undefined));
    expect(folded.nodes.filter((n) => n.data.kind === 'user')).toHaveLength(0);
    const web = folded.nodes.find((n) => n.id === `path:${ACCOUNT}:/teams/web/`)!;
    expect(web.data.kind === 'path' && describeContents(web.data.collapsed ?? {})).toBe(
      `${PATH_BOXES_FROM / 2} users · 1 group · 1 policy`,
    );
    // Relations that cross boxes stay, merged: nothing here crosses, so the folded graph has no edges.
    expect(folded.edges).toEqual([]);

    const opened = collapseContainers(model, foldedContainers(model, { expanded: [`path:${ACCOUNT}:/teams/web/`] }));
    expect(opened.nodes.filter((n) => n.data.kind === 'user')).toHaveLength(PATH_BOXES_FROM / 2);
    expect(opened.edges.filter((e) => e.kind === 'member')).toHaveLength(PATH_BOXES_FROM / 2);
    // Folding the account folds its boxes with it, and counts the entities, not the boxes.
    const wholeAccount = collapseContainers(model, foldedContainers(model, { collapsed: [`account:${ACCOUNT}`] }));
    const box = wholeAccount.nodes.find((n) => n.id === `account:${ACCOUNT}`)!;
    expect(box.data.kind === 'account' && describeContents(box.data.collapsed ?? {})).toBe(
      `${PATH_BOXES_FROM} users · 2 groups · 1 role · 2 policies`,
    );
  });
});
