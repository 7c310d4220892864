import type { CursorContext } from './cursorContext';
import { rank, stringItem } from './items';
import type { CompletionItem } from './types';

/**
 * The names the scenario itself holds, offered where a policy refers to them: its users' and roles'
 * ARNs and its accounts' root ARNs in `Principal.AWS`, its identity providers' ARNs in
 * `Principal.Federated`, its resources' ARNs in `Resource` (an S3 bucket also as `bucket/*`, its
 * objects). Ranked first: in a playground they are what is meant.
 */
export interface ScenarioNames {
  principals: readonly string[];
  resources: readonly string[];
  /** SAML and OIDC provider ARNs. */
  providers?: readonly string[];
}

export function scenarioPrincipalItems(ctx: CursorContext, names: ScenarioNames | undefined): CompletionItem[] {
  return (names?.principals ?? []).map((arn) =>
    stringItem(ctx.token, { label: arn, kind: 'principal', detail: 'in this scenario', sortText: rank(0, `0${arn}`) }),
  );
}

export function scenarioProviderItems(ctx: CursorContext, names: ScenarioNames | undefined): CompletionItem[] {
  return (names?.providers ?? []).map((arn) =>
    stringItem(ctx.token, { label: arn, kind: 'principal', detail: 'identity provider in this scenario', sortText: rank(0, `0${arn}`) }),
  );
}

export function scenarioResourceItems(ctx: CursorContext, names: ScenarioNames | undefined): CompletionItem[] {
  return (names?.resources ?? []).map((arn) =>
    stringItem(ctx.token, { label: arn, kind: 'arn', detail: 'in this scenario', sortText: rank(0, `0${arn}`) }),
  );
}
