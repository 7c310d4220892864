import { getAtPointer } from '../../model';
import type { ManagedPolicyCatalog } from '../../model';
import type { EditorTab } from '../../store/uiStore';
import { ABSENT, commitStep, documentJson, minimalEdit, NEW_POLICY_TEXT, syncStep } from './documentSync';
import { documentOfTab, documentPresence } from '../../store/editorTabs';
import { formatJson } from './formatJson';
import { modelUri } from './modelUri';
import { monaco } from './monacoSetup';

type TextModel = monaco.editor.ITextModel;

interface DocumentEntry {
  tab: EditorTab;
  model: TextModel;
  /** JSON of the value the text and the store last agreed on (see documentSync). */
  synced: string;
  /**
   * The store value `synced` was last checked against. The store shares unchanged parts between
   * revisions, so the same object means nothing to do: no parse, no print, on every keystroke.
   */
  checked: unknown;
  /** The model version right after we printed `synced` into it: the text is exactly that print. */
  printedVersion: number | null;
  /** The pending write of a typing burst. */
  timer: ReturnType<typeof setTimeout> | null;
  /** True while the store's value is put into the text, so that edit is not written back. */
  applying: boolean;
  subscription: monaco.IDisposable;
}

/**
 * One Monaco model per open tab, kept in step with the scenario store in both directions: typing is
 * written (debounced, one history entry per burst) when it parses, and changes made elsewhere are
 * put into the text with the smallest edit, so the cursor stays where it was.
 */
export class EditorDocuments {
  private readonly entries = new Map<string, DocumentEntry>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly write: (tab: EditorTab, value: unknown) => void,
    private readonly delayMs = 150,
  ) {}

  /** The model showing a tab, created on first use; null when there is nothing to show (yet). */
  modelFor(tab: EditorTab, scenario: unknown, catalog: ManagedPolicyCatalog | null): TextModel | null {
    const existing = this.entries.get(tab.id);
    if (existing) return existing.model;
    const initial = initialContent(tab, scenario, catalog);
    if (!initial) return null;
    return this.open(tab, initial.text, initial.synced, initial.synced !== ABSENT).model;
  }

  private open(tab: EditorTab, text: string, synced: string, textIsPrint: boolean): DocumentEntry {
    const uri = monaco.Uri.parse(modelUri(tab));
    monaco.editor.getModel(uri)?.dispose();
    const model = monaco.editor.createModel(text, 'json', uri);
    const entry: DocumentEntry = {
      tab,
      model,
      synced,
      checked: undefined,
      printedVersion: textIsPrint ? model.getAlternativeVersionId() : null,
      timer: null,
      applying: false,
      subscription: { dispose() {} },
    };
    if (documentOfTab(tab).kind !== 'awsManaged' && !tab.readOnly) {
      entry.subscription = model.onDidChangeContent(() => {
        if (!entry.applying) this.schedule(entry);
      });
    }
    this.entries.set(tab.id, entry);
    this.notify();
    return entry;
  }

  model(tabId: string): TextModel | null {
    return this.entries.get(tabId)?.model ?? null;
  }

  /** The tab a model shows, or null for a model that is not ours. */
  tabOf(model: TextModel): EditorTab | null {
    for (const entry of this.entries.values()) if (entry.model === model) return entry.tab;
    return null;
  }

  /** Open models with the tabs they show. */
  openModels(): { tab: EditorTab; model: TextModel }[] {
    return [...this.entries.values()].map(({ tab, model }) => ({ tab, model }));
  }

  /**
   * The store changed: bring every open document's text in line with it. With `fresh` (another
   * scenario was opened) the texts also start a new undo history, so Ctrl+Z in the editor cannot
   * bring back a different scenario's text.
   */
  syncFromStore(scenario: unknown, fresh = false): void {
    let changed = false;
    for (const entry of this.entries.values()) {
      const doc = documentOfTab(entry.tab);
      if (doc.kind === 'awsManaged') continue;
      // A document whose owner was deleted keeps its last text; the workspace says it is gone.
      if (doc.kind === 'policy' && documentPresence(scenario, doc.pointer) === 'orphaned') continue;
      const value = doc.kind === 'scenario' ? scenario : getAtPointer(scenario, doc.pointer);
      if (value !== undefined && value === entry.checked && entry.timer === null) continue;
      entry.checked = value;
      const step = syncStep(entry.model.getValue(), entry.synced, value, entry.printedVersion === entry.model.getAlternativeVersionId());
      if (step.kind === 'none') continue;
      entry.synced = step.synced;
      if (step.kind === 'replace') this.replaceText(entry, step.text, fresh);
      changed = true;
    }
    if (changed) this.notify();
  }

  /**
   * Documents moved or went away (a deletion shifted list indexes). In two phases, so that a chain
   * of moves (B takes A's old index while A takes X's) never hands one tab's text to another: first
   * every affected model is taken out — a gone document's typing is dropped, since its owner is
   * deleted — then each moved text opens under its new tab, typing not yet written still pending
   * and written to the new place. Nothing is written to the store here.
   */
  follow(moves: ReadonlyMap<string, EditorTab>, gone: readonly string[]): void {
    const carried: { tab: EditorTab; text: string; synced: string; pending: boolean; printed: boolean }[] = [];
    for (const id of gone) {
      const entry = this.entries.get(id);
      if (entry) this.close(entry, id);
    }
    for (const [from, tab] of moves) {
      const entry = this.entries.get(from);
      if (!entry) continue;
      carried.push({
        tab,
        text: entry.model.getValue(),
        synced: entry.synced,
        pending: entry.timer !== null,
        printed: entry.printedVersion === entry.model.getAlternativeVersionId(),
      });
      this.close(entry, from);
    }
    for (const c of carried) {
      const entry = this.open(c.tab, c.text, c.synced, c.printed);
      if (c.pending) this.schedule(entry);
    }
  }

  /**
   * The store changed outside the editor: typing not yet written to a document that just changed
   * loses to the change (as it did before text syncing waited for the next paint), so a late write
   * cannot undo an edit made in the graph or an undo.
   */
  dropPendingWhereChanged(scenario: unknown): void {
    for (const entry of this.entries.values()) {
      if (entry.timer === null) continue;
      const doc = documentOfTab(entry.tab);
      if (doc.kind === 'awsManaged') continue;
      const value = doc.kind === 'scenario' ? scenario : getAtPointer(scenario, doc.pointer);
      if (value !== entry.checked && documentJson(value) !== entry.synced) {
        clearTimeout(entry.timer);
        entry.timer = null;
      }
    }
  }

  /** Closes the models of tabs that are no longer open, writing what they still had pending. */
  retain(tabs: readonly EditorTab[]): void {
    const open = new Set(tabs.map((t) => t.id));
    for (const [id, entry] of this.entries) {
      if (open.has(id)) continue;
      this.commit(entry);
      this.close(entry);
    }
  }

  /** Writes pending typing now (before switching tabs, closing, leaving). */
  flush(): void {
    for (const entry of this.entries.values()) if (entry.timer !== null) this.commit(entry);
  }

  /** Called after each write and each text update from the store; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.flush();
    for (const entry of this.entries.values()) this.close(entry);
    this.listeners.clear();
  }

  private schedule(entry: DocumentEntry): void {
    if (entry.timer !== null) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => this.commit(entry), this.delayMs);
  }

  private commit(entry: DocumentEntry): void {
    if (entry.timer !== null) clearTimeout(entry.timer);
    entry.timer = null;
    if (entry.model.isDisposed()) return;
    const step = commitStep(entry.model.getValue(), entry.synced, documentOfTab(entry.tab).kind === 'scenario');
    if (step.kind === 'write') {
      entry.synced = step.synced;
      this.write(entry.tab, step.value);
    }
    this.notify();
  }

  private replaceText(entry: DocumentEntry, text: string, fresh: boolean): void {
    // Typing not yet written loses to the newer store value; it stays in Monaco's undo stack.
    if (entry.timer !== null) clearTimeout(entry.timer);
    entry.timer = null;
    const { model } = entry;
    const edit = minimalEdit(model.getValue(), text);
    const start = model.getPositionAt(edit.start);
    const end = model.getPositionAt(edit.end);
    entry.applying = true;
    try {
      if (fresh) {
        model.setValue(text);
        entry.printedVersion = model.getAlternativeVersionId();
        return;
      }
      model.pushStackElement();
      model.pushEditOperations(
        [],
        [{ range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column), text: edit.text }],
        () => null,
      );
      model.pushStackElement();
      entry.printedVersion = model.getAlternativeVersionId();
    } finally {
      entry.applying = false;
    }
  }

  private close(entry: DocumentEntry, id = entry.tab.id): void {
    if (entry.timer !== null) clearTimeout(entry.timer);
    entry.subscription.dispose();
    entry.model.dispose();
    this.entries.delete(id);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

function initialContent(tab: EditorTab, scenario: unknown, catalog: ManagedPolicyCatalog | null): { text: string; synced: string } | null {
  const doc = documentOfTab(tab);
  if (doc.kind === 'scenario') return { text: formatJson(scenario), synced: documentJson(scenario) };
  if (doc.kind === 'awsManaged') {
    const policy = catalog?.get(doc.arn);
    return policy ? { text: formatJson(policy.document), synced: documentJson(policy.document) } : null;
  }
  const presence = documentPresence(scenario, doc.pointer);
  if (presence === 'orphaned') return null;
  if (presence === 'absent') return { text: NEW_POLICY_TEXT, synced: ABSENT };
  const value = getAtPointer(scenario, doc.pointer);
  return { text: formatJson(value), synced: documentJson(value) };
}
