import { beforeAll, describe, expect, it } from 'vitest';
import { GLOBAL_CONDITION_KEY_DOCS, type ServiceCatalog, type ServiceDocs } from '../../catalog';
// Tests may load the bundled catalog; the analysis code itself only ever receives one.
// oxlint-disable-next-line no-restricted-imports
import { loadServiceCatalog } from '../../data/serviceCatalog';
import { loadServiceDocs } from '../../data/serviceDocs';
import { docsWantedAt, hoverPolicy } from './index';
import { cursor } from './testing';
import type { DocumentKind } from './types';

let catalog: ServiceCatalog;
let s3Docs: ServiceDocs;

beforeAll(async () => {
  catalog = await loadServiceCatalog();
  s3Docs = await loadServiceDocs('s3');
});

function hover(marked: string, kind: DocumentKind = 'identity', withDocs = true) {
  const { text, offset } = cursor(marked);
  const docs = withDocs ? (prefix: string) => (prefix === 's3' ? s3Docs : undefined) : undefined;
  return { text, result: hoverPolicy(text, offset, kind, catalog, docs) };
}

const withAction = (action: string, element = 'Action') =>
  `{"Statement": [{"Effect": "Allow", "${element}": ["s3:ListBucket", "${action}"], "Resource": "*"}]}`;
const withCondition = (condition: string) =>
  `{"Statement": [{"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*", "Condition": ${condition}}]}`;

describe('hover on actions', () => {
  it('gives an action’s description, access level, resource types and condition keys, over the whole string', () => {
    const { text, result } = hover(withAction('s3:Get|Object'));
    expect(result).not.toBeNull();
    const { markdown, range } = result!;
    expect(text.slice(range.start, range.end)).toBe('"s3:GetObject"');
    expect(markdown).toContain(s3Docs.actions.GetObject!);
    expect(markdown).toContain('Read');
    expect(markdown).toContain('`object`');
    expect(markdown).toContain('s3:ExistingObjectTag');
    // A required resource type is marked as such.
    expect(hover(withAction('iam:Pass|Role')).result!.markdown).toMatch(/`role` \(required\)/);
  });

  it('matches the action case-insensitively and still works without docs', () => {
    const { result } = hover(withAction('S3:getobj|ect'), 'identity', false);
    expect(result!.markdown).toContain('**s3:GetObject**');
    expect(result!.markdown).not.toContain(s3Docs.actions.GetObject!);
  });

  it('tells what a wildcard expands to: the count and the first ten names', () => {
    const { markdown } = hover(withAction('s3:Get|*')).result!;
    const expected = catalog.expandAction('s3:Get*');
    expect(markdown).toContain(`Matches ${expected.length} actions`);
    for (const a of expected.slice(0, 10)) expect(markdown).toContain(`\`${a.id}\``);
    expect(markdown).not.toContain(`\`${expected[10]!.id}\``);
    expect(markdown).toContain(`and ${expected.length - 10} more`);
  });

  it('lists every match of a narrow wildcard, and says when NotAction excludes them', () => {
    const { markdown } = hover(withAction('iam:*User|Policy', 'NotAction')).result!;
    const expected = catalog.expandAction('iam:*UserPolicy');
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.length).toBeLessThanOrEqual(10);
    for (const a of expected) expect(markdown).toContain(`\`${a.id}\``);
    expect(markdown).not.toMatch(/more/);
    expect(markdown).toMatch(/except/);
  });

  it('says when an action or a service does not exist', () => {
    expect(hover(withAction('s3:GetObjekt|')).result!.markdown).toMatch(/no action named `GetObjekt`/);
    expect(hover(withAction('nope:Do|It')).result!.markdown).toMatch(/no service has the prefix `nope`/);
  });
});

describe('hover on conditions', () => {
  it('describes an identity provider’s claim the catalog does not list', () => {
    const sub = hover(withCondition('{"StringEquals": {"token.actions.githubusercontent.com:s|ub": "repo:acme/app:*"}}')).result!.markdown;
    expect(sub).toMatch(/^\*\*token\.actions\.githubusercontent\.com:sub\*\* — String/);
    expect(sub).toContain('repo:OWNER/REPO');
    const aud = hover(withCondition('{"StringEquals": {"gitlab.example.com:a|ud": "x"}}')).result!.markdown;
    expect(aud).toContain('The audience (client ID)');
    expect(hover(withCondition('{"StringEquals": {"gitlab.example.com:ne|ver": "x"}}')).result!.markdown).toContain(
      'is not a condition key',
    );
  });

  it('gives a service key’s type and description', () => {
    const { markdown } = hover(withCondition('{"StringLike": {"s3:pre|fix": "home/"}}')).result!;
    expect(markdown).toContain('String');
    expect(markdown).toContain(s3Docs.conditionKeys['s3:prefix']!);
  });

  it('gives a global key’s type and one-line doc, and names the template a tag key instantiates', () => {
    expect(hover(withCondition('{"IpAddress": {"aws:Sour|ceIp": "10.0.0.0/8"}}')).result!.markdown).toContain(
      GLOBAL_CONDITION_KEY_DOCS['aws:SourceIp']!,
    );
    const tag = hover(withCondition('{"StringEquals": {"aws:PrincipalTag/te|am": "red"}}')).result!.markdown;
    expect(tag).toContain('`aws:PrincipalTag/${TagKey}`');
    expect(tag).toContain(GLOBAL_CONDITION_KEY_DOCS['aws:PrincipalTag/${TagKey}']!);
  });

  it('notes an operator that does not compare the key’s type', () => {
    expect(hover(withCondition('{"StringEquals": {"aws:Sour|ceIp": "10.0.0.1"}}')).result!.markdown).toMatch(/StringEquals.*compares/);
    expect(hover(withCondition('{"IpAddress": {"aws:Sour|ceIp": "10.0.0.1"}}')).result!.markdown).not.toMatch(/compares/);
  });

  it('says when a key is not in the catalog', () => {
    expect(hover(withCondition('{"StringEquals": {"s3:nosuch|key": "x"}}')).result!.markdown).toMatch(/not a condition key/);
  });

  it('explains an operator in one line, and each modifier it carries', () => {
    const plain = hover(withCondition('{"Numeric|LessThan": {"s3:max-keys": "10"}}')).result!.markdown;
    expect(plain).toMatch(/less than/);
    const modified = hover(withCondition('{"ForAllValues:String|LikeIfExists": {"aws:TagKeys": ["a*"]}}')).result!.markdown;
    expect(modified).toMatch(/wildcards/);
    expect(modified).toMatch(/ForAllValues/);
    expect(modified).toMatch(/IfExists/);
    expect(hover(withCondition('{"Nu|ll": {"aws:TokenIssueTime": "true"}}')).result!.markdown).toMatch(/absent/);
  });

  it('points out the right spelling of a wrongly cased operator', () => {
    expect(hover(withCondition('{"stringEq|uals": {}}')).result!.markdown).toMatch(/did you mean `StringEquals`/);
  });
});

describe('hover elsewhere', () => {
  it('explains element names', () => {
    expect(hover('{"Statement": [{"NotPrinc|ipal": {"AWS": "*"}}]}', 'resource').result!.markdown).toMatch(/only with `Deny`/);
    expect(hover('{"Vers|ion": "2012-10-17"}').result!.markdown).toMatch(/2012-10-17/);
  });

  it('is null outside strings and on values it has nothing to say about', () => {
    expect(hover('{"Statement": [{"Effect": "Allow", "Resource": "arn:aws:s3:::b|"}]}').result).toBeNull();
    expect(hover('{"Statement": [{"Effect": "Allow"}|]}').result).toBeNull();
    expect(hover('{"Statement": [{"Sid": "Rea|d"}]}').result).toBeNull();
  });
});

describe('docsWantedAt', () => {
  const wanted = (marked: string, kind: DocumentKind = 'identity') => {
    const { text, offset } = cursor(marked);
    return docsWantedAt(text, offset, kind).sort();
  };

  it('wants the service of the action being typed or hovered', () => {
    expect(wanted('{"Statement": [{"Action": "s3:Get|"}]}')).toEqual(['s3']);
    expect(wanted('{"Statement": [{"Action": "ec2:Start|Instances"}]}')).toEqual(['ec2']);
    expect(wanted('{"Statement": [{"Action": "s|"}]}')).toEqual([]);
  });

  it('wants STS in a trust policy’s Action, whose actions are offered whole', () => {
    expect(wanted('{"Statement": [{"Action": "|"}]}', 'trust')).toEqual(['sts']);
  });

  it('wants the services of the statement’s actions and of the key typed, for condition keys', () => {
    expect(wanted('{"Statement": [{"Action": ["s3:ListBucket", "ec2:*"], "Condition": {"StringEquals": {"kms:|"}}}]}')).toEqual([
      'ec2',
      'kms',
      's3',
    ]);
    // Global keys carry their docs with them.
    expect(wanted('{"Statement": [{"Condition": {"StringEquals": {"aws:Sou|rceIp": ""}}}]}')).toEqual([]);
  });

  it('wants nothing outside a policy document', () => {
    expect(wanted('{"queries": [{"action": "s3:Get|"}]}', 'scenario')).toEqual([]);
  });
});
