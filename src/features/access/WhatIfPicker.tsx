import { useMemo } from 'react';
import { getAtPointer, type SwitchOff } from '../../model';
import { listPolicyDocuments, type PolicyDocumentEntry } from '../../store/editorTabs';
import { useScenarioStore } from '../../store/scenarioStore';
import { ToolbarSelect } from '../../ui/ToolbarField';
import { useWhatIf } from '../../store/accessBaseline';

const NONE = '';

/** The world's policy documents a what-if can switch off: a session policy belongs to one query, not to the world. */
export function switchablePolicies(document: unknown): PolicyDocumentEntry[] {
  return listPolicyDocuments(document).filter((d) => d.group !== 'Session policies');
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
        onChange={(pointer) => set(pointer === NONE ? null : { document: pointer })}
        options={[
          { value: NONE, label: 'nothing (compare with the baseline)' },
          ...policies.map((p) => ({ value: p.pointer, label: p.title })),
        ]}
      />
      {off && (
        <ToolbarSelect
          label="Of it"
          testId="changes.switchOffStatement"
          value={off.statement === undefined ? NONE : String(off.statement)}
          onChange={(i) => set(i === NONE ? { document: off.document } : { document: off.document, statement: Number(i) })}
          options={[{ value: NONE, label: 'the whole policy' }, ...statements.map((label, i) => ({ value: String(i), label }))]}
        />
      )}
    </>
  );
}
