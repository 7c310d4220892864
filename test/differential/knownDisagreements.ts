import { asList, mapDocs, mapStatements, type DisagreementClass } from './classify';
import { FULL_AWS_ACCESS } from './generateCase';
import { principalAccount, requestArn, roleArn, userArn, type ConditionBlock, type ConditionScalar } from './policyGen';

/**
 * Classes of disagreement with iam-simulate where AWS's documentation supports OUR answer. Each
 * has a counterfactual that recognises it (see classify.ts), the reason, and the page that says
 * so. A disagreement no class explains fails the differential test; one where the documentation
 * supports iam-simulate belongs in engineBugs.ts, not here.
 */

/**
 * Services whose actions RCPs govern, from "List of AWS services that support RCPs".
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html#rcp-supported-services
 */
export const RCP_SUPPORTED_SERVICES: ReadonlySet<string> = new Set(
  (
    'appstream dsql clouddirectory cloudfront cloudsearch logs networkmonitor cognito-identity cognito-idp comprehend comprehendmedical ' +
    'firehose dynamodb dax autoscaling ecr ecr-public gamelift inspector-scan kendra kinesisvideo memorydb aoss personalize polly s3 swf ' +
    'sqs textract timestream-influxdb transcribe translate workspaces appconfig autoscaling-plans budgets servicediscovery cloudtrail-data ' +
    'codeartifact codebuild codecommit codepipeline compute-optimizer cost-optimization-hub events fms fis health rolesanywhere kms ' +
    'opensearch pricing pca-connector-ad resource-groups secretsmanager sts signin support transfer notifications wafv2 xray'
  ).split(' '),
);

export const serviceOf = (action: string): string => action.split(':')[0]!.toLowerCase();

const VARIABLE = /\$\{([^}]*)\}/g;

/** Rewrites the values of the conditions whose operator passes `test`; values mapped to undefined are dropped. */
function rewriteConditions(
  block: ConditionBlock,
  test: (op: string) => boolean,
  value: (v: ConditionScalar, key: string) => ConditionScalar | undefined,
): ConditionBlock | null {
  let changed = false;
  const out: ConditionBlock = {};
  for (const [op, keys] of Object.entries(block)) {
    if (!test(op)) {
      out[op] = keys;
      continue;
    }
    const next: Record<string, ConditionScalar | ConditionScalar[]> = {};
    for (const [key, v] of Object.entries(keys)) {
      const list = Array.isArray(v) ? v : [v];
      const mapped = list.map((x) => value(x, key));
      if (mapped.some((m, i) => m !== list[i])) changed = true;
      const kept = mapped.filter((m): m is ConditionScalar => m !== undefined);
      if (kept.length > 0) next[key] = Array.isArray(v) ? kept : kept[0]!;
    }
    if (Object.keys(next).length > 0) out[op] = next;
  }
  return changed ? out : null;
}

export const KNOWN_DISAGREEMENTS: DisagreementClass[] = [
  {
    id: 'rcp-unsupported-service',
    title: 'RCPs do not govern services outside the documented list',
    reason:
      'AWS Organizations documents the services whose actions RCPs apply to (S3, STS, KMS, SQS, Secrets Manager, DynamoDB, ' +
      'EventBridge, …). For an action of any other service (here SNS, EC2 or Lambda) an RCP, even a matching Deny, has no ' +
      'effect. iam-simulate evaluates every RCP it is given against every action, so a Deny RCP on `sns:*` denies ' +
      '`sns:Publish` there; we skip RCPs for services that do not support them. Counterfactual: iam-simulate without the RCPs.',
    docUrl: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html#rcp-supported-services',
    side: 'theirs',
    neutralise(spec) {
      if (!spec.org || spec.org.rcps.length === 0 || RCP_SUPPORTED_SERVICES.has(serviceOf(spec.action))) return null;
      return { ...spec, org: { ...spec.org, rcps: [] } };
    },
  },
  {
    id: 'root-user-implicit-permissions',
    title: 'The root user has full access to its own account without identity-based policies',
    reason:
      '"By default, all requests are implicitly denied with the exception of the AWS account root user, which has full ' +
      'access." No identity-based policy can be attached to the root user; only SCPs, RCPs and explicit denies restrict it. ' +
      'iam-simulate treats the root ARN like any principal without identity policies, so it implicitly denies what the root ' +
      'user may do. Counterfactual: iam-simulate with an identity policy that allows everything, standing in for the root ' +
      'user’s implicit permissions.',
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html',
    side: 'theirs',
    neutralise(spec) {
      if (spec.principal.kind !== 'root') return null;
      return { ...spec, identity: [{ doc: FULL_AWS_ACCESS, attach: 'inline' }] };
    },
  },
  {
    id: 'notprincipal-deny-without-account',
    title: 'A Deny with NotPrincipal spares a caller only when its account is listed too (and vice versa)',
    reason:
      'With `"Effect": "Deny"` and `NotPrincipal`, AWS evaluates the caller as its account as well as its user, role or ' +
      'session: "When you use NotPrincipal with Deny, you must also specify the account ARN of the not-denied principal. ' +
      'Otherwise, the policy might deny access to the entire account, including the principal." A NotPrincipal that lists ' +
      'the user (or role, or session) but not its account, or only the account, still denies it. iam-simulate spares the ' +
      'caller when any one listed ARN names it. Counterfactual: every NotPrincipal that lists one of the caller’s identities ' +
      'lists all of them (account, role, session or user), and our engine then gives iam-simulate’s answer.',
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html',
    side: 'ours',
    neutralise(spec) {
      const p = spec.principal;
      const account = principalAccount(p);
      if (account === undefined) return null;
      const forms = [`arn:aws:iam::${account}:root`, requestArn(p)!];
      if (p.kind === 'role') forms.push(roleArn(p.account, p.path, p.name));
      if (p.kind === 'user') forms.push(userArn(p.account, p.path, p.name));
      return mapStatements(spec, (s) => {
        if (s.Effect !== 'Deny' || s.NotPrincipal === undefined || s.NotPrincipal === '*') return s;
        const listed = asList(s.NotPrincipal.AWS);
        if (!forms.some((f) => listed.includes(f)) || forms.every((f) => listed.includes(f))) return s;
        return { ...s, NotPrincipal: { ...s.NotPrincipal, AWS: [...new Set([...listed, ...forms])] } };
      });
    },
  },
  {
    id: 'session-arn-grant-not-limited-by-session-policy',
    title: 'A same-account resource policy that names the role session is not limited by the session policy',
    reason:
      'Within one account, "resource-based policies that grant permissions to an IAM role session ARN grant permissions ' +
      'directly to the assumed role session. Permissions granted directly to a session are not limited by an implicit deny in ' +
      'an identity-based policy, a permissions boundary, or session policy." iam-simulate applies the session policy before ' +
      'anything else, so a session policy that does not allow the action denies it even when the resource policy names the ' +
      'session ARN. Applies when the caller is a role session in the resource’s account and a resource-policy Allow names ' +
      'its session ARN; counterfactual: iam-simulate without the session policy.',
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html',
    side: 'theirs',
    neutralise(spec) {
      const p = spec.principal;
      if (p.kind !== 'role' || !spec.sessionPolicy || p.account !== spec.resourceAccount || !spec.resourcePolicy) return null;
      const session = requestArn(p)!;
      const named = spec.resourcePolicy.Statement.some(
        (s) => s.Effect === 'Allow' && s.Principal !== undefined && s.Principal !== '*' && asList(s.Principal.AWS).includes(session),
      );
      return named ? { ...spec, sessionPolicy: null } : null;
    },
  },
  {
    id: 'date-condition-epoch-value',
    title: 'Date condition values may be written as epoch seconds',
    reason:
      'The Date condition operators take "one of the W3C implementations of the ISO 8601 date formats or epoch (UNIX) time" as ' +
      'the policy value, so `"DateLessThan": {"aws:CurrentTime": "1798761600"}` compares the request time with ' +
      '2027-01-01T00:00:00Z. iam-simulate does not read an epoch value in the policy as that instant. Counterfactual: every ' +
      'epoch value of a Date condition rewritten as the same instant in ISO 8601, for iam-simulate.',
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Date',
    side: 'theirs',
    neutralise(spec) {
      return mapStatements(spec, (s) => {
        if (!s.Condition) return s;
        const Condition = rewriteConditions(
          s.Condition,
          (op) => /(^|:)Date/.test(op),
          (v) => (/^\d+$/.test(String(v)) ? new Date(Number(v) * 1000).toISOString().replace('.000Z', 'Z') : v),
        );
        return Condition ? { ...s, Condition } : s;
      });
    },
  },
  {
    id: 'negated-operator-matches-missing-variable',
    title: 'A negated string operator matches a policy variable that has no value',
    reason:
      'When a policy variable in a condition value has no value, "condition operators like StringEquals or StringLike do not ' +
      'match … Inverted condition operators like StringNotEquals or StringNotLike do match against a null value, as the value ' +
      'of the condition key they are testing against is not equal to or like the effectively null value." So ' +
      '`"StringNotEquals": {"aws:ResourceTag/owner": "${aws:username}"}` holds for a role session (which has no ' +
      'aws:username). iam-simulate makes the whole condition false instead. Counterfactual: for iam-simulate, drop such ' +
      'values from negated string conditions (and the condition when none is left), which is what "matches the null value" means.',
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-no-value',
    side: 'theirs',
    neutralise(spec, d) {
      const has = (key: string) => Object.keys(d.context).some((k) => k.toLowerCase() === key.toLowerCase());
      const missingVariable = (v: ConditionScalar) =>
        [...String(v).matchAll(VARIABLE)].some((m) => {
          const inner = m[1]!.trim();
          return !['*', '?', '$'].includes(inner) && !inner.includes(',') && !has(inner);
        });
      return mapDocs(spec, (doc) => {
        if (doc.Version !== '2012-10-17') return doc;
        let changed = false;
        const Statement = doc.Statement.map((s) => {
          if (!s.Condition) return s;
          const Condition = rewriteConditions(
            s.Condition,
            (op) => op.startsWith('StringNot'),
            (v) => (missingVariable(v) ? undefined : v),
          );
          if (!Condition) return s;
          changed = true;
          return { ...s, Condition };
        });
        return changed ? { ...doc, Statement } : doc;
      });
    },
  },
  {
    id: 'variables-need-version-2012-10-17',
    title: 'Without `"Version": "2012-10-17"`, `${…}` is literal text',
    reason:
      '"If you do not include a Version element, the value defaults to 2008-10-17, but newer features, such as policy ' +
      "variables, will not work with your policy. For example, variables such as ${aws:username} aren't recognized as " +
      'variables and are instead treated as literal strings in the policy." iam-simulate substitutes variables whatever the ' +
      'Version. Counterfactual: the same documents with Version 2012-10-17 make our engine give iam-simulate’s answer.',
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html',
    side: 'ours',
    neutralise(spec) {
      return mapDocs(spec, (doc) =>
        doc.Version !== '2012-10-17' && JSON.stringify(doc.Statement).includes('${') ? { ...doc, Version: '2012-10-17' } : doc,
      );
    },
  },
];
