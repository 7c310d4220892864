import { statementPath, statementsOf, type PrincipalBlock, type ResolvedPolicy } from '../model';
import { compileActions, type ActionSet } from './actionMatcher';
import { compileConditionBlock, type CompiledCondition } from './conditions';
import { variablesEnabled } from './policyVariables';
import { compileResources, type ResourceSet } from './resourceMatcher';
import type { StatementRef } from './types';

/**
 * A policy compiled once per scenario revision: wildcards turned into matchers, condition values
 * parsed, statements indexed by service prefix so a request only looks at statements that could
 * name its action.
 */
export interface CompiledStatement {
  index: number;
  sid?: string;
  effect: 'Allow' | 'Deny';
  path: string | null;
  actions: ActionSet | null;
  notAction: boolean;
  resources: ResourceSet | null;
  notResource: boolean;
  principal: PrincipalBlock | undefined;
  notPrincipal: boolean;
  conditions: CompiledCondition[];
}

export interface CompiledPolicy {
  policy: ResolvedPolicy;
  statements: CompiledStatement[];
  /** Statements whose Action names exactly these service prefixes. */
  byService: Map<string, CompiledStatement[]>;
  /** Statements that may match any service (`*`, `NotAction`, wildcard prefixes). */
  anyService: CompiledStatement[];
  /** `candidateStatements` per service, merged once: a policy is asked about the same services over and over. */
  merged: Map<string, CompiledStatement[]>;
  /**
   * The reference to each matched statement, by index, made on first match. Its own per attachment
   * (the policy's label differs), unlike the statements and their indexes, which are shared.
   */
  refs: (StatementRef | undefined)[];
  /** `applicableStatements` by lower-cased action: see there. */
  byAction: Map<string, CompiledStatement[]>;
}

const toList = (v: string | string[] | undefined): string[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);

export function compilePolicy(policy: ResolvedPolicy): CompiledPolicy {
  const variables = variablesEnabled(policy.document.Version);
  const statements = statementsOf(policy.document).map((s, index): CompiledStatement => {
    const actionList = toList(s.Action) ?? toList(s.NotAction);
    const resourceList = toList(s.Resource) ?? toList(s.NotResource);
    return {
      index,
      sid: s.Sid,
      effect: s.Effect,
      path: policy.documentPath === null ? null : statementPath(policy.document, policy.documentPath, index),
      actions: actionList ? compileActions(actionList) : null,
      notAction: s.Action === undefined && s.NotAction !== undefined,
      resources: resourceList ? compileResources(resourceList, variables) : null,
      notResource: s.Resource === undefined && s.NotResource !== undefined,
      principal: s.Principal ?? s.NotPrincipal,
      notPrincipal: s.Principal === undefined && s.NotPrincipal !== undefined,
      conditions: s.Condition ? compileConditionBlock(s.Condition, { variables }) : [],
    };
  });
  const byService = new Map<string, CompiledStatement[]>();
  const anyService: CompiledStatement[] = [];
  for (const st of statements) {
    if (st.notAction || !st.actions || st.actions.services === null) anyService.push(st);
    else
      for (const svc of st.actions.services) {
        const bucket = byService.get(svc);
        if (bucket) bucket.push(st);
        else byService.set(svc, [st]);
      }
  }
  return { policy, statements, byService, anyService, merged: new Map(), byAction: new Map(), refs: [] };
}

/** The statements that could apply to an action of `service` (lower-cased), in document order. */
export function candidateStatements(compiled: CompiledPolicy, service: string): CompiledStatement[] {
  const own = compiled.byService.get(service);
  if (!own) return compiled.anyService;
  if (compiled.anyService.length === 0) return own;
  let merged = compiled.merged.get(service);
  if (!merged) compiled.merged.set(service, (merged = [...own, ...compiled.anyService].sort((a, b) => a.index - b.index)));
  return merged;
}

const NO_STATEMENTS: CompiledStatement[] = [];

/**
 * The statements whose Action (or NotAction) applies to `lowerAction`, in document order. The test
 * reads only the action: a scenario asks about a few dozen actions, twenty thousand times over, so
 * each is tested once per policy and most requests find an empty list. (By action and resource
 * together was measured slower: a policy attached to a few principals sees most pairs once.)
 */
export function applicableStatements(compiled: CompiledPolicy, lowerAction: string, service: string): CompiledStatement[] {
  let list = compiled.byAction.get(lowerAction);
  if (list) return list;
  list = candidateStatements(compiled, service).filter(
    (st) => st.actions !== null && st.actions.matchesLower(lowerAction) !== st.notAction,
  );
  if (list.length === 0) list = NO_STATEMENTS;
  compiled.byAction.set(lowerAction, list);
  return list;
}
