import type { ScenarioEvaluation } from '../../engine';
import type { EditorTab } from '../../store/uiStore';
import { monaco } from './monacoSetup';
import { setPointerMarkers } from './pointerMarkers';

/** Marker owner of the engine's findings, apart from the JSON service's syntax and schema markers. */
export const ENGINE_MARKER_OWNER = 'iam-engine';

/**
 * Puts the engine's errors and warnings for a tab's document on its model, at the exact range of the
 * value each JSON pointer names.
 */
export function applyEngineMarkers(tab: EditorTab, model: monaco.editor.ITextModel, evaluation: ScenarioEvaluation | null): void {
  const issues = evaluation ? (evaluation.ok ? evaluation.warnings : [...evaluation.errors, ...evaluation.warnings]) : [];
  setPointerMarkers(ENGINE_MARKER_OWNER, tab, model, issues, ({ message, severity }) => ({
    severity: severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
    message,
    source: 'IAM Playground',
  }));
}
