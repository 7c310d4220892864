import { statementPath, statementsOf, type PolicyKind, type PolicyStatement, type PrincipalBlock, type ResolvedPolicy } from '../model';
import { compileActions, type ActionSet } from './actionMatcher';
import { compileConditionBlock, type CompiledCondition } from './conditions';
import { variablesEnabled } from './policyVariables';
import { compileResources, type ResourceSet } from './resourceMatcher';
import type { PolicyOutcome } from './evaluatePolicy';
import type { StatementRef } from './types';

/**
 * A policy compiled once per scenario revision: wildcards turned into matchers, condition values
 * parsed, statements indexed by service prefix so a request only looks at statements that could
 * name its action.
 */
export interface CompiledStatement {
  readonly index: number;
  readonly sid?: string;
  readonly effect: 'Allow' | 'Deny';
  readonly path: string | null;
  readonly actions: ActionSet | null;
  readonly notAction: boolean;
  readonly resources: ResourceSet | null;
  readonly notResource: boolean;
  readonly principal: PrincipalBlock | undefined;
  readonly notPrincipal: boolean;
  readonly conditions: CompiledCondition[];
}

/**
 * A statement's actions are compiled with it (the service index needs them); its resources and
 * conditions when a request first asks about an action it applies to (actionPlan), as a request
 * reads them only then: a scenario's statements about actions nobody asks about (a third of the
 * benchmark's, and two thirds of its conditions) are never compiled, and on a file checked once
 * compiling is a fifth of the time.
 */
class Statement implements CompiledStatement {
  readonly index: number;
  readonly sid: string | undefined;
  readonly effect: 'Allow' | 'Deny';
  readonly path: string | null;
  readonly actions: ActionSet | null;
  readonly notAction: boolean;
  readonly notResource: boolean;
  readonly principal: PrincipalBlock | undefined;
  readonly notPrincipal: boolean;
  #resources: ResourceSet | null | undefined = undefined;
  #conditions: CompiledCondition[] | undefined = undefined;

  constructor(
    private readonly source: PolicyStatement,
    private readonly variables: boolean,
    index: number,
    path: string | null,
  ) {
    const actionList = toList(source.Action) ?? toList(source.NotAction);
    this.index = index;
    this.sid = source.Sid;
    this.effect = source.Effect;
    this.path = path;
    this.actions = actionList ? compileActions(actionList) : null;
    this.notAction = source.Action === undefined && source.NotAction !== undefined;
    this.notResource = source.Resource === undefined && source.NotResource !== undefined;
    this.principal = source.Principal ?? source.NotPrincipal;
    this.notPrincipal = source.Principal === undefined && source.NotPrincipal !== undefined;
  }

  get resources(): ResourceSet | null {
    if (this.#resources === undefined) {
      const list = toList(this.source.Resource) ?? toList(this.source.NotResource);
      this.#resources = list ? compileResources(list, this.variables) : null;
    }
    return this.#resources;
  }

  get conditions(): CompiledCondition[] {
    this.#conditions ??= this.source.Condition ? compileConditionBlock(this.source.Condition, { variables: this.variables }) : [];
    return this.#conditions;
  }
}

export interface CompiledPolicy {
  policy: ResolvedPolicy;
  /** `policy.kind`, read per request from one shape of object rather than from the policy's. */
  kind: PolicyKind;
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
  /**
   * `actionPlan` by the action's number in its compiled scenario (RequestAction.id): see there. Its
   * own per attachment, as its outcome names the policy. An array, not a map by name: every policy
   * of every request reads it, and an index costs a fraction of a string-keyed lookup.
   */
  plans: (ActionPlan | undefined)[];
}

/**
 * A request's action as a compiled scenario numbers it: each distinct action text is lowered and
 * split once per revision, and its number indexes each policy's plans.
 */
export interface RequestAction {
  readonly name: string;
  /** Action names are case-insensitive: lower-cased once. */
  readonly lower: string;
  /** The service prefix, lower-cased. */
  readonly service: string;
  readonly id: number;
}

const toList = (v: string | string[] | undefined): string[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);

export function compilePolicy(policy: ResolvedPolicy): CompiledPolicy {
  const variables = variablesEnabled(policy.document.Version);
  const statements = statementsOf(policy.document).map(
    (s, index): CompiledStatement =>
      new Statement(s, variables, index, policy.documentPath === null ? null : statementPath(policy.document, policy.documentPath, index)),
  );
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
  return attached({ statements, byService, anyService, merged: new Map() }, policy);
}

/**
 * A compiled policy for one attachment of it: the statements and their indexes shared with every
 * other attachment (the same policy as a permission policy and via a group), the policy and its
 * references its own. Always built here, so every compiled policy has one shape and the hot
 * reads of the walk stay monomorphic.
 */
export function attached(
  shared: Pick<CompiledPolicy, 'statements' | 'byService' | 'anyService' | 'merged'>,
  policy: ResolvedPolicy,
): CompiledPolicy {
  return {
    policy,
    kind: policy.kind,
    statements: shared.statements,
    byService: shared.byService,
    anyService: shared.anyService,
    merged: shared.merged,
    plans: [],
    refs: [],
  };
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

/** What a policy does with requests for one action. */
export interface ActionPlan {
  /** The statements whose Action (or NotAction) applies, in document order. */
  statements: CompiledStatement[];
  /**
   * The outcome when it is the same for every request for the action (each statement applies to
   * any resource, any principal, under no condition: `FullAWSAccess`), null when it is not,
   * undefined until evaluatePolicy has looked.
   */
  constant: PolicyOutcome | null | undefined;
}

/**
 * The policy's plan for the action. The action test reads only the action: a scenario asks
 * about a few dozen actions, twenty thousand times over, so each is tested once per policy and most
 * requests find no statement. (By action and resource together was measured slower: a policy
 * attached to a few principals sees most pairs once.)
 */
export function actionPlan(compiled: CompiledPolicy, action: RequestAction): ActionPlan {
  return compiled.plans[action.id] ?? newPlan(compiled, action);
}

function newPlan(compiled: CompiledPolicy, action: RequestAction): ActionPlan {
  // Most first looks find no statement about the action (two in three of the benchmark's nine
  // thousand): they share one plan. A loop, not a filter and its closure: this runs cold.
  const candidates = candidateStatements(compiled, action.service);
  const statements: CompiledStatement[] = [];
  for (const st of candidates) if (st.actions !== null && st.actions.matchesLower(action.lower) !== st.notAction) statements.push(st);
  // The statements a request may now read are compiled here, in this cold code, rather than on
  // first read inside the walk: compiling there, once the walk is optimized, would throw its
  // optimized code away (new kinds of object turn up) and leave it to be optimized again.
  for (const st of statements) void (st.resources, st.conditions);
  const plan = statements.length === 0 ? NO_PLAN : { statements, constant: undefined };
  compiled.plans[action.id] = plan;
  return plan;
}

/**
 * The plan of an action no statement applies to: shared, and never changed (evaluatePolicy never
 * sets its `constant`); not frozen, for the reason NOTHING_APPLIES in evaluatePolicy.ts gives.
 */
const NO_PLAN: ActionPlan = { statements: [], constant: undefined };
