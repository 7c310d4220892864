import type { Decision } from './convert';
import { runOurs, runTheirs } from './engines';
import type { CaseSpec } from './generateCase';
import type { Context, PolicyDoc, Statement } from './policyGen';

/**
 * Disagreement classes are recognised by counterfactuals: each class can neutralise the one thing
 * it is about in a case (for the engine that models it differently) and the class explains the
 * disagreement when the engines then agree. Neutralisations compose, so a case that shows two
 * classes at once is explained by the pair, and a class never swallows a disagreement that its own
 * construct does not cause.
 */
export interface Disagreement {
  spec: CaseSpec;
  /** The context both engines judged (the case's, minus keys iam-simulate ignored). */
  context: Context;
  ours: Decision;
  theirs: Decision;
}

export interface DisagreementClass {
  id: string;
  title: string;
  /** One paragraph: what differs and why the documented answer is the one given. */
  reason: string;
  docUrl: string;
  /** The engine whose input the counterfactual changes. */
  side: 'ours' | 'theirs';
  /**
   * `spec` with this class's construct neutralised, or null when the class does not apply. `d` is
   * the original disagreement, for guards that look at it.
   */
  neutralise(spec: CaseSpec, d: Disagreement): CaseSpec | null;
}

export function oursFor(spec: CaseSpec, context: Context): Decision {
  return runOurs(spec, context);
}

export async function theirsFor(spec: CaseSpec): Promise<Decision | null> {
  const r = await runTheirs(spec);
  return 'error' in r ? null : r.decision;
}

/** Whether neutralising exactly `classes` makes the engines agree. */
async function explains(d: Disagreement, classes: DisagreementClass[]): Promise<boolean> {
  let ours = d.spec;
  let theirs = d.spec;
  for (const c of classes) {
    const next = c.neutralise(c.side === 'ours' ? ours : theirs, d);
    if (!next) return false;
    if (c.side === 'ours') ours = next;
    else theirs = next;
  }
  const oursNow = ours === d.spec ? d.ours : oursFor(ours, d.context);
  const theirsNow = theirs === d.spec ? d.theirs : await theirsFor(theirs);
  return oursNow === theirsNow;
}

function subsets<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items as [T, ...T[]];
  return [...subsets(rest, size - 1).map((s) => [first, ...s]), ...subsets(rest, size)];
}

/** The smallest set of classes that explains the disagreement, or undefined. */
export async function classify(d: Disagreement, classes: DisagreementClass[]): Promise<DisagreementClass[] | undefined> {
  const applicable = classes.filter((c) => c.neutralise(d.spec, d) !== null);
  for (let size = 1; size <= Math.min(applicable.length, 4); size++) {
    for (const set of subsets(applicable, size)) if (await explains(d, set)) return set;
  }
  return undefined;
}

/** Every policy document of the case, for neutralisations that look for a construct. */
export function allDocs(spec: CaseSpec): PolicyDoc[] {
  return [
    ...spec.identity.map((i) => i.doc),
    ...(spec.boundary ? [spec.boundary] : []),
    ...(spec.sessionPolicy ? [spec.sessionPolicy] : []),
    ...(spec.resourcePolicy ? [spec.resourcePolicy] : []),
    ...(spec.org?.scps.flatMap((s) => (s.doc ? [s.doc] : [])) ?? []),
    ...(spec.org?.rcps.map((s) => s.doc) ?? []),
  ];
}

/**
 * A deep copy of the case with every statement passed through `edit`, or null when `edit` changed
 * nothing (the construct is absent, so the class does not apply).
 */
export function mapStatements(spec: CaseSpec, edit: (s: Statement) => Statement): CaseSpec | null {
  const copy = structuredClone(spec);
  let changed = false;
  for (const doc of allDocs(copy)) {
    doc.Statement = doc.Statement.map((s) => {
      const next = edit(s);
      if (next !== s) changed = true;
      return next;
    });
  }
  return changed ? copy : null;
}

/** Like mapStatements, over whole documents. */
export function mapDocs(spec: CaseSpec, edit: (d: PolicyDoc) => PolicyDoc): CaseSpec | null {
  const copy = structuredClone(spec);
  let changed = false;
  const apply = (d: PolicyDoc) => {
    const next = edit(d);
    if (next !== d) changed = true;
    return next;
  };
  copy.identity = copy.identity.map((i) => ({ ...i, doc: apply(i.doc) }));
  if (copy.boundary) copy.boundary = apply(copy.boundary);
  if (copy.sessionPolicy) copy.sessionPolicy = apply(copy.sessionPolicy);
  if (copy.resourcePolicy) copy.resourcePolicy = apply(copy.resourcePolicy);
  if (copy.org) {
    copy.org.scps = copy.org.scps.map((s) => (s.doc ? { ...s, doc: apply(s.doc) } : s));
    copy.org.rcps = copy.org.rcps.map((s) => ({ ...s, doc: apply(s.doc) }));
  }
  return changed ? copy : null;
}

export const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
