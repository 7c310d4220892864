import { useEffect, useRef } from 'react';
import { locatePointer } from '../../model';
import type { EditorTab, UiState } from '../../store/uiStore';
import { pathInDocument } from '../../store/editorTabs';
import { monaco } from './monacoSetup';
import './revealedStatement.css';

/** Amber, like a highlighter pen (see revealedStatement.css). */
const HIGHLIGHT: monaco.editor.IModelDecorationOptions = {
  isWholeLine: true,
  className: 'iam-revealed-statement',
  linesDecorationsClassName: 'iam-revealed-statement-gutter',
  overviewRuler: { color: '#f59e0b', position: monaco.editor.OverviewRulerLane.Full },
  stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
};

/**
 * `uiStore.reveal` (set from an explanation) scrolls the statement it names into view and highlights
 * it until the text changes or another tab is shown. The reveal waits for the right model: the
 * store switches the active tab in the same step, and the model may still be loading.
 */
export function useStatementReveal(
  editor: monaco.editor.IStandaloneCodeEditor | null,
  model: monaco.editor.ITextModel | null,
  tab: EditorTab | null,
  reveal: UiState['reveal'],
): void {
  const handled = useRef<number | null>(null);

  useEffect(() => {
    if (!editor || !model || !tab || !reveal || handled.current === reveal.nonce) return;
    if (editor.getModel() !== model) return;
    handled.current = reveal.nonce;
    const path = pathInDocument(tab, reveal.path);
    const location = path === null ? null : locatePointer(model.getValue(), path);
    if (!location) return;
    const start = model.getPositionAt(location.offset);
    const end = model.getPositionAt(location.offset + location.length);
    const range = new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
    const highlight = editor.createDecorationsCollection([{ range, options: HIGHLIGHT }]);
    editor.setPosition(start);
    editor.revealRangeInCenterIfOutsideViewport(range, monaco.editor.ScrollType.Smooth);
    const clear = (): void => {
      highlight.clear();
      subscriptions.forEach((s) => s.dispose());
    };
    const subscriptions = [model.onDidChangeContent(clear), editor.onDidChangeModel(clear)];
  }, [editor, model, tab, reveal]);
}
