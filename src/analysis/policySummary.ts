import type { ActionInfo, ServiceCatalog, ServiceInfo } from '../catalog';
import { countLevels, describeAccess, isFullAccess, type LevelCount } from './accessLevels';
import { actionsCoveredBy } from './expandActions';

/**
 * The IAM console's policy summary of ONE policy document: per service, for Allow and for explicit
 * Deny separately, the access levels covered, the resources, whether a request condition applies,
 * and the services and actions IAM does not recognise.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_understand-policy-summary.html
 *
 * Like the console, the Allow and Deny sections are listed side by side, not subtracted from each
 * other: the summary describes what the document says, and evaluation (effectivePermissions) says
 * what a principal ends up with. Everything here is plain data so it can cross a worker boundary.
 */

export type Effect = 'Allow' | 'Deny';

export interface ResourceScope {
  /** Every contributing statement applies to all resources (`"Resource": "*"`): "All resources". */
  allResources: boolean;
  /** The `Resource` patterns of the contributing statements (`*` among them when mixed). */
  resources: string[];
  /** `NotResource` patterns: those statements apply to every resource except these. */
  notResources: string[];
}

export interface ConditionRef {
  operator: string;
  key: string;
}

export interface ServiceSummary {
  /** Lower-case prefix, `s3`. */
  service: string;
  /** `Amazon S3` */
  name: string;
  /** Every access level the service has, with how many of its actions the policy covers. */
  levels: LevelCount[];
  /** Every action of the service is covered. */
  fullAccess: boolean;
  /** `Full access`, `Full: List, Read · Limited: Write`. */
  access: string;
  granted: number;
  total: number;
  /** The covered actions, in catalog order and spelling. */
  actions: string[];
  scope: ResourceScope;
  /**
   * Whether a request condition applies: `none` when no contributing statement has a `Condition`,
   * `all` when every one does, `some` when only some do (part of the access is unconditional).
   * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_understand-policy-summary.html
   */
  condition: 'none' | 'some' | 'all';
  conditions: ConditionRef[];
  /** 0-based indexes of the statements that contribute, in document order. */
  statements: number[];
}

export interface UnrecognizedAction {
  effect: Effect;
  statement: number;
  element: 'Action' | 'NotAction';
  pattern: string;
  /**
   * `unknownService`: IAM does not know the prefix (the console's "Uncategorized services");
   * `unknownAction`: the service is known but nothing in it matches (a typo such as `s3:GetObjet`);
   * `invalidPattern`: not `service:action` and not `*`.
   * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_understand-service-summary.html
   */
  reason: 'unknownService' | 'unknownAction' | 'invalidPattern';
}

export interface SummaryProblem {
  /** 0-based statement index, or null for the document itself. */
  statement: number | null;
  message: string;
}

export interface PolicySummary {
  /** Services the Allow statements cover, sorted by name. */
  allow: ServiceSummary[];
  /** Services the Deny statements cover ("Explicit deny"), sorted by name. */
  deny: ServiceSummary[];
  /** Prefixes IAM does not recognise, from either effect. */
  unrecognizedServices: string[];
  unrecognized: UnrecognizedAction[];
  /** What could not be read; the rest is still summarised. */
  problems: SummaryProblem[];
  /** Number of statements in the document. */
  statements: number;
}

interface Bucket {
  service: ServiceInfo;
  actions: Set<ActionInfo>;
  statements: number[];
  resources: Set<string>;
  notResources: Set<string>;
  everyStatementAllResources: boolean;
  conditioned: number;
  conditions: Map<string, ConditionRef>;
}

interface ReadStatement {
  index: number;
  effect: Effect;
  element: 'Action' | 'NotAction';
  patterns: string[];
  resources: string[] | null;
  notResources: string[] | null;
  conditions: ConditionRef[] | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string or a list of strings; other items are reported and skipped. */
function stringList(value: unknown, name: string, statement: number, problems: SummaryProblem[]): string[] | null {
  if (value === undefined) return null;
  const list = typeof value === 'string' ? [value] : Array.isArray(value) ? value : null;
  if (list === null) {
    problems.push({ statement, message: `\`${name}\` must be a string or a list of strings` });
    return [];
  }
  const out: string[] = [];
  for (const item of list) {
    if (typeof item === 'string') out.push(item);
    else problems.push({ statement, message: `\`${name}\` has an entry that is not a string` });
  }
  return out;
}

function readConditions(value: unknown, statement: number, problems: SummaryProblem[]): ConditionRef[] | null {
  if (value === undefined) return null;
  if (!isRecord(value)) {
    problems.push({ statement, message: '`Condition` must be an object of operators' });
    return [];
  }
  const out: ConditionRef[] = [];
  for (const [operator, keys] of Object.entries(value)) {
    if (!isRecord(keys)) {
      problems.push({ statement, message: `condition operator \`${operator}\` must map keys to values` });
      continue;
    }
    for (const key of Object.keys(keys)) out.push({ operator, key });
  }
  return out;
}

function readStatement(raw: unknown, index: number, problems: SummaryProblem[]): ReadStatement | null {
  if (!isRecord(raw)) {
    problems.push({ statement: index, message: 'a statement must be an object' });
    return null;
  }
  const effect = raw.Effect;
  if (effect !== 'Allow' && effect !== 'Deny') {
    problems.push({ statement: index, message: '`Effect` must be `Allow` or `Deny`' });
    return null;
  }
  const action = stringList(raw.Action, 'Action', index, problems);
  const notAction = stringList(raw.NotAction, 'NotAction', index, problems);
  if (action !== null && notAction !== null) {
    problems.push({ statement: index, message: 'a statement has either `Action` or `NotAction`, not both' });
    return null;
  }
  if (action === null && notAction === null) {
    problems.push({ statement: index, message: 'a statement needs `Action` or `NotAction`' });
    return null;
  }
  const resources = stringList(raw.Resource, 'Resource', index, problems);
  const notResources = stringList(raw.NotResource, 'NotResource', index, problems);
  if (resources !== null && notResources !== null) {
    problems.push({ statement: index, message: 'a statement has either `Resource` or `NotResource`, not both' });
  }
  return {
    index,
    effect,
    element: action !== null ? 'Action' : 'NotAction',
    patterns: action ?? notAction ?? [],
    resources,
    notResources: resources === null ? notResources : null,
    conditions: readConditions(raw.Condition, index, problems),
  };
}

function statementsOf(document: unknown, problems: SummaryProblem[]): unknown[] {
  if (!isRecord(document)) {
    problems.push({ statement: null, message: 'a policy document is a JSON object' });
    return [];
  }
  const s = document.Statement;
  if (s === undefined) {
    problems.push({ statement: null, message: 'the document has no `Statement`' });
    return [];
  }
  return Array.isArray(s) ? s : [s];
}

function unrecognizedReason(pattern: string, catalog: ServiceCatalog): UnrecognizedAction['reason'] | null {
  const colon = pattern.indexOf(':');
  if (colon < 0) return pattern === '*' ? null : 'invalidPattern';
  const prefix = pattern.slice(0, colon);
  if (!/[*?]/.test(prefix) && catalog.service(prefix) === undefined) return 'unknownService';
  return catalog.expandAction(pattern).length === 0 ? 'unknownAction' : null;
}

/** Summarises one policy document. Never throws: what it cannot read goes to `problems`. */
export function summarizePolicy(document: unknown, catalog: ServiceCatalog): PolicySummary {
  const problems: SummaryProblem[] = [];
  const unrecognized: UnrecognizedAction[] = [];
  const buckets = { Allow: new Map<string, Bucket>(), Deny: new Map<string, Bucket>() };
  let raw: unknown[] = [];
  try {
    raw = statementsOf(document, problems);
    raw.forEach((r, index) => {
      const st = readStatement(r, index, problems);
      if (!st) return;
      for (const pattern of st.patterns) {
        const reason = unrecognizedReason(pattern, catalog);
        if (reason) unrecognized.push({ effect: st.effect, statement: index, element: st.element, pattern, reason });
      }
      addStatement(buckets[st.effect], st, catalog);
    });
  } catch (e) {
    // Input is untrusted (getters, proxies, cycles); a summary must still come back.
    problems.push({ statement: null, message: `could not read the document: ${e instanceof Error ? e.message : String(e)}` });
  }
  return {
    allow: finish(buckets.Allow),
    deny: finish(buckets.Deny),
    unrecognizedServices: [...new Set(unrecognized.filter((u) => u.reason === 'unknownService').map((u) => serviceOf(u.pattern)))].sort(),
    unrecognized,
    problems,
    statements: raw.length,
  };
}

const serviceOf = (pattern: string) => pattern.slice(0, pattern.indexOf(':')).toLowerCase();

function addStatement(buckets: Map<string, Bucket>, st: ReadStatement, catalog: ServiceCatalog): void {
  const covered = actionsCoveredBy(st.patterns, st.element === 'NotAction', catalog);
  const touched = new Set<Bucket>();
  for (const action of covered) {
    let b = buckets.get(action.service);
    if (!b) {
      const service = catalog.service(action.service);
      if (!service) continue;
      b = {
        service,
        actions: new Set(),
        statements: [],
        resources: new Set(),
        notResources: new Set(),
        everyStatementAllResources: true,
        conditioned: 0,
        conditions: new Map(),
      };
      buckets.set(action.service, b);
    }
    b.actions.add(action);
    touched.add(b);
  }
  for (const b of touched) {
    b.statements.push(st.index);
    for (const r of st.resources ?? []) b.resources.add(r);
    for (const r of st.notResources ?? []) b.notResources.add(r);
    // "All resources" only when the statement's Resource includes `*` itself.
    if (!(st.resources ?? []).includes('*')) b.everyStatementAllResources = false;
    if (st.conditions !== null && st.conditions.length > 0) {
      b.conditioned++;
      for (const c of st.conditions) b.conditions.set(`${c.operator}\u0000${c.key.toLowerCase()}`, c);
    }
  }
}

function finish(buckets: Map<string, Bucket>): ServiceSummary[] {
  const out: ServiceSummary[] = [];
  for (const b of buckets.values()) {
    const levels = countLevels(b.service, b.actions);
    const allResources = b.everyStatementAllResources;
    out.push({
      service: b.service.prefix,
      name: b.service.name,
      levels,
      fullAccess: isFullAccess(levels),
      access: describeAccess(levels),
      granted: b.actions.size,
      total: b.service.actions.length,
      actions: b.service.actions.filter((a) => b.actions.has(a)).map((a) => a.id),
      scope: { allResources, resources: allResources ? ['*'] : [...b.resources], notResources: [...b.notResources] },
      condition: b.conditioned === 0 ? 'none' : b.conditioned === b.statements.length ? 'all' : 'some',
      conditions: [...b.conditions.values()],
      statements: b.statements,
    });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.service.localeCompare(b.service));
}
