import type { EditorTab } from '../../store/uiStore';
import { issuesInDocument, locateIssues } from './documentIssues';
import { monaco } from './monacoSetup';
import { parseJsonText } from './parseJsonText';

/** What each model was last marked with, per owner (its version and the issues), to skip repeating it. */
const markedWith = new Map<string, WeakMap<monaco.editor.ITextModel, string>>();

/**
 * Puts issues addressed by scenario JSON pointers on a tab's model as markers of `owner`, at the
 * exact range of the value each names. While the text does not parse, they are taken off (they
 * describe the last valid document) rather than shown in the wrong place. Marking the same issues
 * on the same text again does nothing, so a large document is not parsed on every evaluation.
 */
export function setPointerMarkers<I extends { path: string }>(
  owner: string,
  tab: EditorTab,
  model: monaco.editor.ITextModel,
  issues: readonly I[],
  describe: (issue: I) => Omit<monaco.editor.IMarkerData, 'startLineNumber' | 'startColumn' | 'endLineNumber' | 'endColumn'>,
): void {
  if (model.isDisposed()) return;
  const inside = issuesInDocument(issues, tab);
  const key = `${model.getAlternativeVersionId()}\u0000${JSON.stringify(inside)}`;
  const cache = markedWith.get(owner) ?? new WeakMap<monaco.editor.ITextModel, string>();
  markedWith.set(owner, cache);
  if (cache.get(model) === key) return;
  cache.set(model, key);
  const text = model.getValue();
  const inDocument = inside.length === 0 || !parseJsonText(text).ok ? [] : inside;
  const markers = locateIssues(text, inDocument).map((issue): monaco.editor.IMarkerData => {
    const start = model.getPositionAt(issue.location.offset);
    const end = model.getPositionAt(issue.location.offset + issue.location.length);
    return {
      ...describe(issue),
      startLineNumber: start.lineNumber,
      startColumn: start.column,
      endLineNumber: end.lineNumber,
      endColumn: end.column,
    };
  });
  monaco.editor.setModelMarkers(model, owner, markers);
}
