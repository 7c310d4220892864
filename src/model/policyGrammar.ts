import type { ScenarioIssue } from './issues';
import type { PolicyDocument, PolicyStatement } from './policyDocumentSchema';

/** Statements as a list, whichever form the document uses. */
export function statementsOf(document: PolicyDocument): PolicyStatement[] {
  return Array.isArray(document.Statement) ? document.Statement : [document.Statement];
}

/** JSON pointer of statement `index` inside a document at `documentPath`. */
export function statementPath(document: PolicyDocument, documentPath: string, index: number): string {
  return Array.isArray(document.Statement) ? `${documentPath}/Statement/${index}` : `${documentPath}/Statement`;
}

export type DocumentRole = 'identity' | 'resource' | 'trust' | 'organization';

/**
 * Grammar AWS enforces when a policy is saved; violating it makes the scenario invalid because AWS
 * could never hold such a policy. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */
export function policyGrammarIssues(document: PolicyDocument, role: DocumentRole, documentPath: string): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  statementsOf(document).forEach((s, i) => {
    const at = statementPath(document, documentPath, i);
    const err = (message: string) => issues.push({ path: at, message, severity: 'error' });
    if (s.Action !== undefined && s.NotAction !== undefined) err('a statement has either `Action` or `NotAction`, not both');
    if (s.Action === undefined && s.NotAction === undefined) err('a statement needs `Action` or `NotAction`');
    if (s.Resource !== undefined && s.NotResource !== undefined) err('a statement has either `Resource` or `NotResource`, not both');
    if (s.Principal !== undefined && s.NotPrincipal !== undefined) err('a statement has either `Principal` or `NotPrincipal`, not both');
    if ((role === 'identity' || role === 'organization') && (s.Principal !== undefined || s.NotPrincipal !== undefined)) {
      if (!(role === 'organization' && s.Principal !== undefined)) {
        err(
          `\`${s.Principal !== undefined ? 'Principal' : 'NotPrincipal'}\` belongs in resource-based policies; an identity-based policy applies to the identity it is attached to`,
        );
      }
    }
    if ((role === 'resource' || role === 'trust') && s.Principal === undefined && s.NotPrincipal === undefined) {
      err(`a ${role === 'trust' ? 'trust' : 'resource-based'} policy statement must name a \`Principal\` or \`NotPrincipal\``);
    }
  });
  return issues;
}
