import type { ScenarioEvaluation } from '../../engine';
import type { EditorTab } from '../../store/uiStore';
import { issuesInDocument, locateIssues } from './documentIssues';
import { monaco } from './monacoSetup';
import { parseJsonText } from './parseJsonText';

/** Marker owner of the engine's findings, apart from the JSON service's syntax and schema markers. */
export const ENGINE_MARKER_OWNER = 'iam-engine';

/** What each model was last marked with (its version and the issues), to skip repeating it. */
const markedWith = new WeakMap<monaco.editor.ITextModel, string>();

/**
 * Puts the engine's errors and warnings for a tab's document on its model, at the exact range of the
 * value each JSON pointer names. While the text does not parse, the findings (which describe the
 * last valid document) are taken off rather than shown in the wrong place.
 */
export function applyEngineMarkers(tab: EditorTab, model: monaco.editor.ITextModel, evaluation: ScenarioEvaluation | null): void {
  if (model.isDisposed()) return;
  const issues = evaluation ? (evaluation.ok ? evaluation.warnings : [...evaluation.errors, ...evaluation.warnings]) : [];
  const inside = issuesInDocument(issues, tab);
  // Nothing to mark, or the same marks on the same text as last time: no parse of a large document.
  const key = `${model.getAlternativeVersionId()}\u0000${JSON.stringify(inside)}`;
  if (markedWith.get(model) === key) return;
  markedWith.set(model, key);
  const text = model.getValue();
  const inDocument = inside.length === 0 || !parseJsonText(text).ok ? [] : inside;
  const markers = locateIssues(text, inDocument).map(({ location, message, severity }): monaco.editor.IMarkerData => {
    const start = model.getPositionAt(location.offset);
    const end = model.getPositionAt(location.offset + location.length);
    return {
      severity: severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
      message,
      source: 'IAM Playground',
      startLineNumber: start.lineNumber,
      startColumn: start.column,
      endLineNumber: end.lineNumber,
      endColumn: end.column,
    };
  });
  monaco.editor.setModelMarkers(model, ENGINE_MARKER_OWNER, markers);
}
