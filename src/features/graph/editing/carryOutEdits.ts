import type { Scenario } from '../../../model';
import { currentRestored } from '../../../store/restoredScenario';
import { useScenarioStore } from '../../../store/scenarioStore';
import { useUiStore } from '../../../store/uiStore';
import { createEntity, type CreatableKind } from './createEntity';
import { deleteNode, detachEdge } from './deleteElements';
import { setPosition, type GraphEdit } from './editProposal';
import type { GraphEdge, GraphNode, LeafNodeData } from '../elements/graphModel';
import { useGraphUi } from '../graphUiStore';
import { renameNode } from './renameNode';

/**
 * The canvas's edits, carried out: every change goes through `useScenarioStore.update` (one undo
 * step each) and every outcome, done or refused, is said in the status line.
 */
export function applyEdit(edit: GraphEdit): boolean {
  const say = useGraphUi.getState().say;
  if (!edit.ok) {
    say(edit.reason, 'error');
    return false;
  }
  const refusal = notEditable();
  if (refusal) {
    say(refusal, 'error');
    return false;
  }
  if (!useScenarioStore.getState().update(edit.label, edit.recipe)) {
    say(`${edit.label}: the scenario JSON no longer has that shape; nothing changed`, 'error');
    return false;
  }
  say(edit.note ? `${edit.label}: ${edit.note}` : edit.label);
  return true;
}

/**
 * The scenario the canvas's edits are computed from: the restored one. While the document cannot be
 * read, the graph shows the last state that could be, and an edit computed from that state would
 * land in the wrong place: the graph waits until the JSON is fixed.
 */
export function editableScenario(): Scenario {
  return currentRestored().scenario;
}

/** Why the graph cannot be edited now, or null. */
export function notEditable(): string | null {
  const { current, errors } = currentRestored();
  if (current) return null;
  const first = errors[0];
  return `Fix the scenario JSON first${first ? ` (${first.path || '/'}: ${first.message})` : ''}: the graph shows the last state that could be read`;
}

export function createNode(kind: CreatableKind, account: string | undefined, position: { x: number; y: number }): void {
  const creation = createEntity(kind, editableScenario(), { account, position });
  applyEdit({ ok: true, label: creation.label, recipe: creation.recipe });
  useUiStore.getState().select({ kind: 'node', id: creation.id });
  // Naming is the first thing anyone does with a new node.
  useGraphUi.getState().startRename(creation.id);
}

export function renameTo(node: GraphNode, value: string): void {
  const ui = useGraphUi.getState();
  ui.startRename(null);
  const edit = renameNode(node, value, editableScenario());
  // An unchanged name is not worth a message.
  if (!edit.ok && /unchanged/.test(edit.reason)) return;
  if (applyEdit(edit) && edit.ok && edit.nextId) {
    const selection = useUiStore.getState().selection;
    if (selection?.kind === 'node' && selection.id === node.id) useUiStore.getState().select({ kind: 'node', id: edit.nextId });
  }
}

/** Deletes nodes and detaches edges as one undo step; what cannot go is explained. */
export function deleteElements(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): void {
  const scenario = editableScenario();
  const gone = new Set(nodes.map((n) => n.id));
  // Edges of deleted nodes go with them; only edges chosen on their own are detached.
  const edgeEdits = edges.filter((e) => !gone.has(e.source) && !gone.has(e.target)).map((e) => detachEdge(e, scenario));
  // Deleting by index: the highest index first, so earlier deletions do not shift later ones.
  const ordered = [...nodes].sort((a, b) => indexOf(b) - indexOf(a));
  const nodeEdits = ordered.map((n) => deleteNode(n, scenario));
  const edits = [...edgeEdits, ...nodeEdits];
  const done = edits.filter((e): e is Extract<GraphEdit, { ok: true }> => e.ok);
  const refused = edits.filter((e): e is Extract<GraphEdit, { ok: false }> => !e.ok);
  if (done.length === 0) {
    if (refused[0]) applyEdit(refused[0]);
    return;
  }
  const label = done.length === 1 ? done[0]!.label : `Delete ${done.length} elements`;
  const notes = done.flatMap((e) => (e.note ? [e.note] : []));
  applyEdit({
    ok: true,
    label,
    note: [...notes, ...refused.map((r) => `not done: ${r.reason}`)].join('; ') || undefined,
    recipe: (draft: Scenario) => {
      for (const e of done) e.recipe(draft);
    },
  });
  const selection = useUiStore.getState().selection;
  if (selection?.kind === 'node' && gone.has(selection.id)) useUiStore.getState().select(null);
}

function indexOf(node: GraphNode): number {
  return 'index' in node.data && typeof node.data.index === 'number' ? node.data.index : -1;
}

/**
 * Opens a node's policy in the editor: managed policies by their document's JSON pointer, AWS
 * managed ones read-only by ARN, a resource its resource-based policy.
 */
export function openPolicyOf(data: LeafNodeData): boolean {
  const open = useUiStore.getState().openTab;
  switch (data.kind) {
    case 'policy':
      if (data.awsManaged) open({ id: data.arn, title: data.name, readOnly: true, arn: data.arn });
      else if (data.documentPath) open({ id: data.documentPath, title: data.name });
      return true;
    case 'orgpolicy':
      if (data.documentPath) open({ id: data.documentPath, title: `${data.policyType.toUpperCase()} ${data.name}` });
      else
        useGraphUi
          .getState()
          .say(`${data.name} is AWS's built-in ${data.policyType.toUpperCase()}: it allows every action on every resource`);
      return true;
    case 'resource':
      if (data.policyPath) open({ id: data.policyPath, title: `${data.name} policy` });
      return data.policyPath !== null;
    default:
      return false;
  }
}

export function openDocument(path: string, title: string): void {
  useUiStore.getState().openTab({ id: path, title });
}

/**
 * Folds an account or OU into one node, or unfolds it: one undoable step, kept with the scenario's
 * layout. `where` holds the absolute positions on screen of the container and what it holds when
 * folding, so the folded node takes the box's place and unfolding (even after a reload) puts
 * everything back where it was.
 */
export function toggleCollapsed(
  id: string,
  name: string,
  where: Record<string, { x: number; y: number }> = {},
  foldedUnlessListed = false,
): void {
  // A path box is folded until opened, so its open state is what the layout keeps (`expanded`).
  const list = foldedUnlessListed ? 'expanded' : 'collapsed';
  const listed = editableScenario().layout?.[list]?.includes(id) ?? false;
  const folded = foldedUnlessListed ? !listed : listed;
  applyEdit({
    ok: true,
    label: `${folded ? 'Expand' : 'Collapse'} ${name}`,
    recipe: (draft) => {
      draft.layout ??= {};
      const rest = (draft.layout[list] ?? []).filter((c) => c !== id);
      if (listed) {
        if (rest.length > 0) draft.layout[list] = rest;
        else delete draft.layout[list];
      } else draft.layout[list] = [...rest, id];
      if (!folded) for (const [node, at] of Object.entries(where)) setPosition(draft, node, at);
    },
  });
}
