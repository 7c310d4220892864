import type { Scenario } from '../../../model';

/**
 * An edit the canvas proposes: a history label and a recipe for `useScenarioStore.update`, or the
 * one-line reason IAM does not allow it. Pure, so every rule is unit-tested without a DOM.
 */
export type GraphEdit =
  | {
      ok: true;
      label: string;
      recipe: (draft: Scenario) => void;
      /** Said in the status line after the edit, when there is more to know than the label. */
      note?: string;
      /** The node's id after the edit, when the edit changes it (a rename changes the ARN). */
      nextId?: string;
    }
  | { ok: false; reason: string };

export const refuse = (reason: string): GraphEdit => ({ ok: false, reason });

/** Saved positions are keyed by node id; an edit that changes an id carries the position along. */
export function renamePositionKey(draft: Scenario, from: string, to: string): void {
  const positions = draft.layout?.positions;
  if (!positions || from === to || !(from in positions)) return;
  positions[to] = positions[from]!;
  delete positions[from];
}

export function dropPositionKey(draft: Scenario, id: string): void {
  const positions = draft.layout?.positions;
  if (positions && id in positions) delete positions[id];
}

export function setPosition(draft: Scenario, id: string, position: { x: number; y: number }): void {
  draft.layout ??= {};
  draft.layout.positions ??= {};
  draft.layout.positions[id] = { x: Math.round(position.x), y: Math.round(position.y) };
}

/** How many policy documents in the scenario mention `text` (an ARN), for "AWS does not update these" notes. */
export function documentsMentioning(scenario: Scenario, text: string): number {
  const documents: unknown[] = [
    ...(scenario.policies ?? []).map((p) => p.document),
    ...(scenario.resources ?? []).map((r) => r.policy),
    ...(scenario.roles ?? []).map((r) => r.trustPolicy),
    ...(scenario.organization?.policies ?? []).map((p) => p.document),
    ...[...(scenario.users ?? []), ...(scenario.groups ?? []), ...(scenario.roles ?? [])].flatMap((e) =>
      (e.inlinePolicies ?? []).map((p) => p.document),
    ),
  ];
  return documents.filter((d) => d !== undefined && d !== null && JSON.stringify(d).includes(text)).length;
}
