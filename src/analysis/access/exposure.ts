import { evaluateQuery, type CompiledScenario } from '../../engine';
import { namedPrincipals, parseArn, readableStatementsOf, type ResolvedPolicy, type World } from '../../model';
import type { ExpandPattern } from './accessDiff';
import { decidingStatement, type DecidingStatement } from './whoCan';

/**
 * Who outside the scenario can reach what — IAM Access Analyzer's external access, decided by the
 * engine: for every resource policy and trust policy, requests from outside (anyone, an AWS account
 * the scenario does not hold, the accounts a policy names that it does not hold, the AWS services a
 * policy names) are evaluated, so a narrowing condition (`aws:PrincipalOrgID`, `aws:SourceAccount`,
 * `aws:SourceArn`, `aws:SourceVpce`, …) counts exactly as AWS would apply it: an outsider's request
 * does not carry the values it asks for.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-resources.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html
 */
export interface Exposure {
  /** The resource or role ARN reachable from outside. */
  resource: string;
  /** Who: `anonymous`, an account root standing for everyone in it, or a service principal. */
  principal: string;
  kind: 'public' | 'anyAccount' | 'namedAccount' | 'service';
  /** What it is allowed, of the actions the policy names. */
  actions: string[];
  /** The statements that let it in. */
  statements: DecidingStatement[];
}

/** Patterns wider than this stand for their first actions only: the point is that access exists, not its every action. */
const MAX_ACTIONS = 64;

export function exposures(compiled: CompiledScenario, expand?: ExpandPattern): Exposure[] {
  const { world } = compiled;
  const outsider = outsideAccount(world);
  const out: Exposure[] = [];
  const targets: { arn: string; policy: ResolvedPolicy; requests: string[]; actions: string[]; trust?: boolean }[] = [];
  for (const r of world.resources.values()) {
    if (!r.policy) continue;
    // A bucket's policy governs its objects too: ask about the resource and about an example of
    // every resource pattern its statements name (`bucket/AWSLogs/*` → `bucket/AWSLogs/example`).
    const service = parseArn(r.arn)?.service ?? '';
    const requests = [...new Set([r.arn, ...resourcesNamed(r.policy)])];
    targets.push({ arn: r.arn, policy: r.policy, requests, actions: actionsNamed(r.policy, service, expand) });
  }
  for (const role of world.roles.values()) {
    if (role.trustPolicy)
      targets.push({ arn: role.arn, policy: role.trustPolicy, requests: [role.arn], actions: ['sts:AssumeRole'], trust: true });
  }

  for (const target of targets) {
    const named = namedPrincipals(target.policy.document).principals.filter((p) => p.effect === 'Allow');
    const callers: { principal: string; kind: Exposure['kind'] }[] = [
      // AssumeRole needs signed credentials: nobody anonymous can call it, only someone in some account.
      ...(target.trust ? [] : [{ principal: 'anonymous', kind: 'public' as const }]),
      { principal: `arn:aws:iam::${outsider}:root`, kind: 'anyAccount' },
    ];
    for (const { principal: p } of named) {
      // A service role's trust in `ec2.amazonaws.com` is not another account's way in: the role must be
      // passed to the service by someone allowed iam:PassRole in its own account. A resource policy's
      // grant to a service is: the service acts for whichever account uses it.
      if (p.type === 'service') {
        if (!target.trust) callers.push({ principal: p.service, kind: 'service' });
      } else if (!world.accounts.has(p.account) && !inOrganization(world, p.account))
        callers.push({ principal: `arn:aws:iam::${p.account}:root`, kind: 'namedAccount' });
    }
    const seen = new Set<string>();
    for (const caller of callers) {
      if (seen.has(caller.principal)) continue;
      seen.add(caller.principal);
      const allowed: string[] = [];
      let statements: DecidingStatement[] = [];
      for (const action of target.actions) {
        for (const resource of target.requests) {
          const r = evaluateQuery(compiled, { principal: caller.principal, action, resource, sessionName: 'outside' });
          if (r.decision !== 'allowed') continue;
          if (!allowed.includes(action)) allowed.push(action);
          // Only the resource's own statements: the outsider's account grants itself whatever it likes.
          if (statements.length === 0)
            statements = r.explanation.deciding.filter((d) => d.policyId === target.policy.id).map(decidingStatement);
        }
      }
      if (allowed.length > 0)
        out.push({ resource: target.arn, principal: caller.principal, kind: caller.kind, actions: allowed, statements });
    }
  }
  // Anyone at all covers any account: say it once, as the wider of the two.
  return out.filter((e) => e.kind !== 'anyAccount' || !out.some((o) => o.resource === e.resource && o.kind === 'public'));
}

/** An account id the scenario does not hold: its root stands for "someone in any other AWS account". */
function outsideAccount(world: World): string {
  for (let n = 999999999999; ; n--) if (!world.accounts.has(String(n))) return String(n);
}

function inOrganization(world: World, account: string): boolean {
  return world.organization?.orgPaths.has(account) ?? false;
}

/** An example request resource for each Resource pattern of the policy's Allow statements. */
function resourcesNamed(policy: ResolvedPolicy): string[] {
  const out: string[] = [];
  for (const s of readableStatementsOf(policy.document)) {
    if (s.Effect !== 'Allow') continue;
    for (const r of [s.Resource ?? []].flat())
      if (typeof r === 'string' && r !== '*' && !r.includes('${')) out.push(r.replace(/\*/g, 'example').replace(/\?/g, 'x'));
  }
  return out;
}

/** The actions the policy's Allow statements name, patterns expanded within the resource's own service. */
function actionsNamed(policy: ResolvedPolicy, service: string, expand: ExpandPattern | undefined): string[] {
  const out = new Set<string>();
  for (const s of readableStatementsOf(policy.document)) {
    if (s.Effect !== 'Allow') continue;
    for (const a of [s.Action ?? []].flat()) {
      if (typeof a !== 'string') continue;
      if (!/[*?]/.test(a)) out.add(a);
      else if (expand) {
        const hits = expand(a === '*' ? `${service}:*` : a).filter((h) => h.toLowerCase().startsWith(`${service}:`));
        for (const hit of hits.slice(0, MAX_ACTIONS)) out.add(hit);
      }
    }
  }
  return [...out];
}
