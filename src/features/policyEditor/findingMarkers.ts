import type { Finding, FindingSeverity } from '../../analysis/findings/types';
import type { EditorTab } from '../../store/uiStore';
import { issuesInDocument, locateIssues } from './documentIssues';
import { monaco } from './monacoSetup';
import { parseJsonText } from './parseJsonText';

/** Marker owner of the policy findings, apart from the engine's and the JSON service's markers. */
export const FINDINGS_MARKER_OWNER = 'iam-findings';

/** What each model was last marked with (its version and the findings), to skip repeating it. */
const markedWith = new WeakMap<monaco.editor.ITextModel, string>();

export const SEVERITY_LABEL: Record<FindingSeverity, string> = {
  error: 'Error',
  security: 'Security warning',
  warning: 'Warning',
  suggestion: 'Suggestion',
};

function markerSeverity(severity: FindingSeverity): monaco.MarkerSeverity {
  switch (severity) {
    case 'error':
      return monaco.MarkerSeverity.Error;
    case 'security':
    case 'warning':
      return monaco.MarkerSeverity.Warning;
    case 'suggestion':
      return monaco.MarkerSeverity.Info;
  }
}

/**
 * Puts the findings that fall inside a tab's document on its model, at the exact range of the value
 * each names, with the finding's code so the hover says which check spoke. Like the engine's
 * markers, they are taken off while the text does not parse (they describe the last valid text).
 */
export function applyFindingMarkers(tab: EditorTab, model: monaco.editor.ITextModel, findings: readonly Finding[]): void {
  if (model.isDisposed()) return;
  const inside = issuesInDocument(findings, tab);
  const key = `${model.getAlternativeVersionId()}\u0000${JSON.stringify(inside)}`;
  if (markedWith.get(model) === key) return;
  markedWith.set(model, key);
  const text = model.getValue();
  const inDocument = inside.length === 0 || !parseJsonText(text).ok ? [] : inside;
  const markers = locateIssues(text, inDocument).map((f): monaco.editor.IMarkerData => {
    const start = model.getPositionAt(f.location.offset);
    const end = model.getPositionAt(f.location.offset + f.location.length);
    return {
      severity: markerSeverity(f.severity),
      message: `${SEVERITY_LABEL[f.severity]}: ${f.message}\n\n${f.learnMore}`,
      code: f.docUrl ? { value: f.code, target: monaco.Uri.parse(f.docUrl) } : f.code,
      source: 'IAM Playground findings',
      startLineNumber: start.lineNumber,
      startColumn: start.column,
      endLineNumber: end.lineNumber,
      endColumn: end.column,
    };
  });
  monaco.editor.setModelMarkers(model, FINDINGS_MARKER_OWNER, markers);
}
