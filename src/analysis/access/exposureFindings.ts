import type { Finding } from '../findings/types';
import type { Exposure } from './exposure';

const WHO: Record<Exposure['kind'], (e: Exposure) => string> = {
  public: () => 'anyone, anonymous callers included,',
  anyAccount: () => 'anyone in any AWS account',
  namedAccount: (e) => `account ${e.principal.split(':')[4]}, which the scenario does not hold,`,
  service: (e) => `\`${e.principal}\`, acting for any account,`,
};

const WHY: Record<Exposure['kind'], string> = {
  public:
    'The policy lets in callers from outside every account of the scenario. Unless this is a public website, add a condition such as `aws:PrincipalOrgID` or `aws:SourceVpce`, or name the principals.',
  anyAccount:
    'The policy lets in principals of every AWS account. Name the accounts or roles it is for, or limit it with `aws:PrincipalOrgID`.',
  namedAccount:
    'An account outside the scenario and its organization can reach this. Check that the account is one you trust; its own administrators decide who in it gets through.',
  service:
    'A service principal without `aws:SourceAccount` or `aws:SourceArn` acts for whichever account uses the service: another account could make the service reach this resource (the confused deputy problem).',
};

/** External access as findings, at the statement that lets the outsider in, so the Findings panel and the editor show them where to fix. */
export function exposureFindings(found: readonly Exposure[]): Finding[] {
  return found.map((e) => ({
    code: 'external-access',
    severity: 'security',
    path: e.statements[0]?.path ?? '',
    message: `${WHO[e.kind](e)} can ${e.actions.slice(0, 3).join(', ')}${e.actions.length > 3 ? ` and ${e.actions.length - 3} more` : ''} on \`${e.resource}\``,
    learnMore: WHY[e.kind],
    docUrl:
      e.kind === 'service'
        ? 'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html'
        : 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-resources.html',
  }));
}
