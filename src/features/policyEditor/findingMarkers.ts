import type { Finding, FindingSeverity } from '../../analysis/findings/types';
import type { EditorTab } from '../../store/uiStore';
import { monaco } from './monacoSetup';
import { setPointerMarkers } from './pointerMarkers';

/** Marker owner of the policy findings, apart from the engine's and the JSON service's markers. */
export const FINDINGS_MARKER_OWNER = 'iam-findings';

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
 * each names, with the finding's code (linked to its AWS page) so the hover says which check spoke.
 */
export function applyFindingMarkers(tab: EditorTab, model: monaco.editor.ITextModel, findings: readonly Finding[]): void {
  setPointerMarkers(FINDINGS_MARKER_OWNER, tab, model, findings, (f) => ({
    severity: markerSeverity(f.severity),
    message: `${SEVERITY_LABEL[f.severity]}: ${f.message}\n\n${f.learnMore}`,
    code: f.docUrl ? { value: f.code, target: monaco.Uri.parse(f.docUrl) } : f.code,
    source: 'IAM Playground findings',
  }));
}
