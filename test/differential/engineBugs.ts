import { asList, mapStatements, type Disagreement, type DisagreementClass } from './classify';
import { runOursResult } from './engines';
import { orgPath, type CaseSpec } from './generateCase';
import { RCP_SUPPORTED_SERVICES, serviceOf } from './knownDisagreements';
import { ACCOUNT_MGMT } from './policyGen';

/**
 * Disagreements with iam-simulate where AWS's documentation supports ITS answer: bugs in our
 * engine, reported to the engine's owners with a minimal reproduction (the concrete cases in
 * concreteCases.ts). They are not accepted behaviour: the differential test counts them apart from
 * the documented differences, and each concrete test is written as `it.fails`, so fixing the
 * engine makes it fail — then delete the class here and move its concrete case to REGRESSIONS in
 * concreteCases.ts.
 */

/** `${…}` anywhere in the first five colon-separated fields of an ARN pattern. */
const variableBeforeResourcePart = (pattern: string): boolean => {
  const fields = pattern.split(':');
  return fields.length >= 6 && fields.slice(0, 5).some((f) => f.includes('${'));
};

/**
 * Our engine left the RCPs out (its explanation says the RCP step did not apply) although the
 * resource is in a member account and the service is on AWS's list. Counterfactual: iam-simulate
 * without the RCPs.
 */
function withoutSkippedRcps(spec: CaseSpec, d: Disagreement): CaseSpec | null {
  const org = spec.org;
  if (!org || org.rcps.length === 0 || spec.resourceAccount === ACCOUNT_MGMT || !orgPath(org, spec.resourceAccount)) return null;
  if (!RCP_SUPPORTED_SERVICES.has(serviceOf(spec.action))) return null;
  const steps = runOursResult(d.spec, d.context, true).explanation.steps;
  if (!steps.some((s) => s.step === 'rcp' && s.outcome === 'notApplicable')) return null;
  return { ...spec, org: { ...org, rcps: [] } };
}

export const ENGINE_BUGS: DisagreementClass[] = [
  {
    id: 'bug-variable-outside-resource-part',
    title: 'Policy variables are substituted in the account (or another) field of a Resource ARN',
    reason:
      'AWS substitutes policy variables in a Resource ARN only in its resource part, after the fifth colon: "You can\'t use a ' +
      'variable to replace parts of the ARN before the fifth colon, such as the service or account." Our engine substitutes ' +
      '`${aws:PrincipalAccount}` in `arn:aws:sqs:us-east-1:${aws:PrincipalAccount}:orders-queue`, so the pattern matches the ' +
      'caller’s account; in AWS (and iam-simulate) it is not a variable there and the pattern matches no resource. ' +
      'Counterfactual: such variables made unmatchable text for our engine.',
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-resourceelement',
    side: 'ours',
    neutralise(spec) {
      const literal = (patterns: string | string[] | undefined) => {
        const list = asList(patterns);
        if (!list.some(variableBeforeResourcePart)) return patterns;
        return list.map((p) => (variableBeforeResourcePart(p) ? p.replace(/\$\{[^}]*\}/g, 'no-such-value') : p));
      };
      return mapStatements(spec, (s) => {
        const Resource = literal(s.Resource);
        const NotResource = literal(s.NotResource);
        if (Resource === s.Resource && NotResource === s.NotResource) return s;
        return { ...s, ...(Resource !== undefined ? { Resource } : {}), ...(NotResource !== undefined ? { NotResource } : {}) };
      });
    },
  },
  {
    id: 'bug-rcp-service-list-incomplete',
    title: 'RCPs are skipped for services AWS lists as supporting them (e.g. EventBridge)',
    reason:
      'AWS Organizations lists the services RCPs apply to; the list now includes far more than the ten services our engine ' +
      'knows (EventBridge `events`, CloudFront, CodeBuild, Firehose, …). For `events:PutEvents` on an event bus in a member ' +
      'account our engine reports "RCPs do not apply to events" and ignores a matching Deny RCP; AWS (and iam-simulate) deny.',
    docUrl: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html#rcp-supported-services',
    side: 'theirs',
    neutralise: withoutSkippedRcps,
  },
];
