import { useEffect, useMemo, useState } from 'react';
import type { EditorDocuments } from './editorDocuments';
import { editorStatus, NOT_A_SCENARIO, type EditorProblem, type EditorStatus } from './editorStatus';
import { monaco } from './monacoSetup';
import { parseJsonText } from './parseJsonText';

const SEVERITY: Record<number, EditorProblem['severity']> = {
  [monaco.MarkerSeverity.Error]: 'error',
  [monaco.MarkerSeverity.Warning]: 'warning',
};

function toProblem(marker: monaco.editor.IMarker): EditorProblem {
  const code = typeof marker.code === 'string' ? marker.code : marker.code?.value;
  return {
    owner: marker.owner,
    ...(code !== undefined && { code }),
    severity: SEVERITY[marker.severity] ?? 'info',
    line: marker.startLineNumber,
    column: marker.startColumn,
    message: marker.message,
  };
}

/** The parse of a model's text, kept per version: markers change far more often than the text. */
const parses = new WeakMap<monaco.editor.ITextModel, { version: number; parsed: ReturnType<typeof parseJsonText> }>();

function parsedText(model: monaco.editor.ITextModel): ReturnType<typeof parseJsonText> {
  const version = model.getAlternativeVersionId();
  const hit = parses.get(model);
  if (hit && hit.version === version) return hit.parsed;
  const parsed = parseJsonText(model.getValue());
  parses.set(model, { version, parsed });
  return parsed;
}

/**
 * The status line of the shown model, recomputed when its markers change and after each typing
 * burst (not on every key, so it does not flicker while the user is mid-word).
 */
export function useEditorStatus(
  model: monaco.editor.ITextModel | null,
  documents: EditorDocuments | null,
  isScenario: boolean,
): EditorStatus | null {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!model) return;
    const bump = (): void => setVersion((v) => v + 1);
    const markers = monaco.editor.onDidChangeMarkers((uris) => {
      if (uris.some((uri) => uri.toString() === model.uri.toString())) bump();
    });
    const unsubscribe = documents?.subscribe(bump);
    return () => {
      markers.dispose();
      unsubscribe?.();
    };
  }, [model, documents]);

  return useMemo(() => {
    if (!model || model.isDisposed()) return null;
    void version;
    const parsed = parsedText(model);
    const notObject = parsed.ok && (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value));
    const syntax = parsed.ok ? (isScenario && notObject ? [NOT_A_SCENARIO] : []) : parsed.errors;
    return editorStatus(syntax, monaco.editor.getModelMarkers({ resource: model.uri }).map(toProblem));
  }, [model, version, isScenario]);
}
