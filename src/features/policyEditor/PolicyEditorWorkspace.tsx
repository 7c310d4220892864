import { Editor } from '@monaco-editor/react';
import { useCallback, useState } from 'react';
import { useScenarioStore } from '../../store/scenarioStore';
import { useUiStore } from '../../store/uiStore';
import { documentOfTab, documentPresence } from '../../store/editorTabs';
import { EditorNotice } from './EditorNotice';
import { NoDocumentOpen } from './NoDocumentOpen';
import { EditorPlaceholder } from './EditorPlaceholder';
import { CopyAsMenu } from './CopyAsMenu';
import { documentKindOf } from './documentKind';
import { EditorToolbar } from './EditorToolbar';
import { PolicySummaryPanel } from './PolicySummaryPanel';
import { ExpansionDialog } from './ExpansionDialog';
import { actionPatternAt } from './actionPatternAt';
import { useExpansion } from './expansionStore';
import { getAtPointer } from '../../model';
import { monaco } from './monacoSetup';
import { useActiveModel } from './useActiveModel';
import { useAwsManagedCatalog } from './useAwsManagedCatalog';
import { useEditorDocuments } from './useEditorDocuments';
import { useEditorStatus } from './useEditorStatus';
import { useStatementReveal } from './useStatementReveal';

const OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  automaticLayout: true,
  minimap: { enabled: false },
  fontSize: 13,
  tabSize: 2,
  insertSpaces: true,
  scrollBeyondLastLine: false,
  fixedOverflowWidgets: true,
  lineNumbersMinChars: 3,
  glyphMargin: false,
  renderLineHighlight: 'line',
  // Pinned parent lines take rows a short panel cannot spare, and half-cover the line below them.
  stickyScroll: { enabled: false },
  // The panel is narrow and ARNs are long: wrap rather than scroll sideways.
  wordWrap: 'on',
  wrappingIndent: 'indent',
  ariaLabel: 'Policy JSON',
  readOnlyMessage: { value: 'AWS managed policies are read-only. To change one, copy it into a customer managed policy.' },
};

/**
 * The Monaco half of the policy editor, loaded lazily by PolicyEditorPanel: one editor, a model per
 * open tab, the status line and Format.
 */
export default function PolicyEditorWorkspace() {
  const tabs = useUiStore((s) => s.tabs);
  const activeTabId = useUiStore((s) => s.activeTab);
  const theme = useUiStore((s) => s.theme);
  const reveal = useUiStore((s) => s.reveal);
  const tab = tabs.find((t) => t.id === activeTabId) ?? null;
  const doc = tab ? documentOfTab(tab) : null;
  const presence = useScenarioStore((s) => (doc?.kind === 'policy' ? documentPresence(s.document, doc.pointer) : 'present'));

  const [editor, setEditor] = useState<monaco.editor.IStandaloneCodeEditor | null>(null);
  const documents = useEditorDocuments(tabs);
  const catalog = useAwsManagedCatalog(tabs);
  const model = useActiveModel(editor, documents, tab, catalog.status === 'ready' ? catalog.catalog : null, presence);
  useStatementReveal(editor, model, tab, reveal);
  const status = useEditorStatus(model, documents, doc?.kind === 'scenario');

  const onMount = useCallback((mounted: monaco.editor.IStandaloneCodeEditor) => {
    // The wrapper starts with a throwaway model; ours replace it, so let it go.
    const initial = mounted.getModel();
    setEditor(mounted);
    mounted.addAction({
      id: 'iam.expandActionPattern',
      label: 'Expand action pattern',
      contextMenuGroupId: 'navigation',
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.KeyE],
      run(ed) {
        const model = ed.getModel();
        const position = ed.getPosition();
        if (!model || !position) return;
        const pattern = actionPatternAt(model.getValue(), model.getOffsetAt(position));
        if (pattern) useExpansion.getState().show(pattern);
        else
          (
            ed.getContribution('editor.contrib.messageController') as { showMessage?(m: string, p: monaco.IPosition): void } | null
          )?.showMessage?.('Put the cursor on an action pattern in Action or NotAction', position);
      },
    });
    mounted.onDidChangeModel(() => {
      if (initial && !initial.isDisposed() && mounted.getModel() !== initial) initial.dispose();
    });
  }, []);

  const readOnly = !tab || tab.readOnly === true || doc?.kind === 'awsManaged';
  const format =
    editor && model && !readOnly
      ? () => {
          void editor.getAction('editor.action.formatDocument')?.run();
          editor.focus();
        }
      : null;
  const summaryDocument = useScenarioStore((s) =>
    doc?.kind === 'policy'
      ? getAtPointer(s.document, doc.pointer)
      : doc?.kind === 'awsManaged' && catalog.status === 'ready'
        ? catalog.catalog.get(doc.arn)?.document
        : undefined,
  );
  const caption = !doc ? '' : doc.kind === 'scenario' ? 'scenario.json' : doc.kind === 'awsManaged' ? doc.arn : doc.pointer;
  // Only the tab's kind is read from the document (a trust policy, an SCP…): one string per render.
  const kind = useScenarioStore((s) => (tab ? documentKindOf(tab, s.document) : 'scenario'));
  const copyMenu = tab && summaryDocument !== undefined ? <CopyAsMenu value={summaryDocument} kind={kind} title={tab.title} /> : undefined;

  return (
    <div className="flex h-full min-h-0 flex-col">
      <EditorToolbar caption={caption} readOnly={readOnly && !!tab} status={model ? status : null} onFormat={format} copyMenu={copyMenu} />
      {/* `nokey`: Monaco types through an EditContext, not a textarea, so React Flow would otherwise take
          Space (pan) and Backspace (delete the selected nodes) typed here as its own shortcuts. */}
      <div className="nokey relative min-h-0 flex-1" data-testid="editor.monaco">
        <Editor
          theme={theme === 'dark' ? 'vs-dark' : 'vs'}
          options={OPTIONS}
          keepCurrentModel
          saveViewState={false}
          onMount={onMount}
          loading={<EditorPlaceholder />}
        />
        {!tab && <NoDocumentOpen />}
        {tab && presence === 'orphaned' && (
          <EditorNotice title="This document is no longer in the scenario">
            Its owner was deleted or moved. Close the tab, or undo to bring it back.
          </EditorNotice>
        )}
        {doc?.kind === 'awsManaged' && catalog.status === 'loading' && <EditorNotice title="Loading AWS managed policies…" />}
        {doc?.kind === 'awsManaged' && catalog.status === 'failed' && (
          <EditorNotice title="The AWS managed policies could not be loaded">{catalog.message}</EditorNotice>
        )}
        {doc?.kind === 'awsManaged' && catalog.status === 'ready' && !catalog.catalog.get(doc.arn) && (
          <EditorNotice title="Not an AWS managed policy we know">
            <code className="break-all">{doc.arn}</code> is not in the bundled catalog.
          </EditorNotice>
        )}
      </div>
      {summaryDocument !== undefined && <PolicySummaryPanel document={summaryDocument} />}
      <ExpansionDialog />
    </div>
  );
}
