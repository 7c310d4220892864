import { useMemo } from 'react';
import { getAtPointer, type SwitchOff } from '../../model';
import { useWhatIf, type PickedSwitchOff } from '../../store/accessBaseline';
import { listPolicyDocuments } from '../../store/editorTabs';
import { useScenarioStore } from '../../store/scenarioStore';
import { ToolbarSelect } from '../../ui/ToolbarField';

const NONE = '';

/**
 * The world's policy documents a what-if can switch off (a session policy belongs to one query,
 * not to the world), each with a label no other has: two policies of one name in two accounts
 * are told apart by where they are.
 */
export function switchablePolicies(document: unknown): { pointer: string; label: string }[] {
  const documents = listPolicyDocuments(document).filter((d) => d.group !== 'Session policies');
  const count = new Map<string, number>();
  for (const d of documents) count.set(d.title, (count.get(d.title) ?? 0) + 1);
  return documents.map((d) => ({ pointer: d.pointer, label: count.get(d.title)! > 1 ? `${d.title} · ${d.pointer}` : d.title }));
}

/** How the picker names `off` in `document`, or null when it names nothing there. */
export function labelOf(document: unknown, off: SwitchOff): string | null {
  const policy = switchablePolicies(document).find((p) => p.pointer === off.document);
  if (!policy) return null;
  if (off.statement === undefined) return policy.label;
  const statement = statementLabels(document, off.document)[off.statement];
  return statement === undefined ? null : `${policy.label} / ${statement}`;
}

/**
 * What `off` is in `document`, to tell later whether its pointer still names it: the policy, and
 * the statement by its Sid or, without one, by its text (an edit to it is then a different pick).
 */
export function identityOf(document: unknown, off: SwitchOff): string | null {
  const label = labelOf(document, off);
  if (label === null || off.statement === undefined) return label;
  const raw = (getAtPointer(document, off.document) as { Statement?: unknown } | undefined)?.Statement;
  const statement: unknown = (Array.isArray(raw) ? raw : [raw])[off.statement];
  const sid = (statement as { Sid?: unknown } | null)?.Sid;
  return `${label.slice(0, label.lastIndexOf(' / '))} / ${typeof sid === 'string' && sid ? `Sid ${sid}` : JSON.stringify(statement)}`;
}

function picked(document: unknown, off: SwitchOff): PickedSwitchOff | null {
  const label = labelOf(document, off);
  const identity = identityOf(document, off);
  return label === null || identity === null ? null : { ...off, label, identity };
}

/** Each statement of the document at `pointer`, by its position and Sid, for a person to pick. */
export function statementLabels(document: unknown, pointer: string): string[] {
  const raw = (getAtPointer(document, pointer) as { Statement?: unknown } | undefined)?.Statement;
  const list: unknown[] = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.map((st, i) => {
    const { Sid, Effect } = (typeof st === 'object' && st !== null ? st : {}) as { Sid?: unknown; Effect?: unknown };
    return `statement ${i + 1}${typeof Sid === 'string' && Sid ? ` · ${Sid}` : ''}${typeof Effect === 'string' ? ` (${Effect})` : ''}`;
  });
}

/** "What if … were switched off": a policy of the world, then the whole of it or one statement. */
export function WhatIfPicker({ off }: { off: SwitchOff | null }) {
  const document = useScenarioStore((s) => s.document);
  const policies = useMemo(() => switchablePolicies(document), [document]);
  const statements = useMemo(() => (off ? statementLabels(document, off.document) : []), [document, off]);
  const set = useWhatIf((s) => s.set);
  return (
    <>
      <ToolbarSelect
        label="What if I switch off"
        testId="changes.switchOff"
        value={off?.document ?? NONE}
        onChange={(pointer) => set(pointer === NONE ? null : picked(document, { document: pointer }))}
        options={[
          { value: NONE, label: 'nothing (compare with the baseline)' },
          ...policies.map((p) => ({ value: p.pointer, label: p.label })),
        ]}
      />
      {off && (
        <ToolbarSelect
          label="Of it"
          testId="changes.switchOffStatement"
          value={off.statement === undefined ? NONE : String(off.statement)}
          onChange={(i) =>
            set(picked(document, i === NONE ? { document: off.document } : { document: off.document, statement: Number(i) }))
          }
          options={[{ value: NONE, label: 'the whole policy' }, ...statements.map((label, i) => ({ value: String(i), label }))]}
        />
      )}
    </>
  );
}
