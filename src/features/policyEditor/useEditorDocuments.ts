import { useEffect, useState } from 'react';
import { useEvaluationStore } from '../../store/evaluationStore';
import { useScenarioStore } from '../../store/scenarioStore';
import type { EditorTab } from '../../store/uiStore';
import { EditorDocuments } from './editorDocuments';
import { applyEngineMarkers } from './engineMarkers';
import { applyJsonSchemas } from './jsonSchemas';
import { writeDocument } from './writeDocument';

/**
 * The open documents for the lifetime of the editor: kept in step with the store, validated against
 * their JSON Schema, marked with the engine's findings. Null until created after mount.
 */
export function useEditorDocuments(tabs: readonly EditorTab[]): EditorDocuments | null {
  const [documents, setDocuments] = useState<EditorDocuments | null>(null);

  useEffect(() => {
    const created = new EditorDocuments(writeDocument);
    setDocuments(created);
    const unsubscribe = useScenarioStore.subscribe((state, previous) => {
      if (state.scenario !== previous.scenario) created.syncFromStore(state.scenario, state.scenarioId !== previous.scenarioId);
    });
    return () => {
      unsubscribe();
      created.dispose();
    };
  }, []);

  useEffect(() => {
    documents?.retain(tabs);
    applyJsonSchemas(tabs);
  }, [documents, tabs]);

  useEffect(() => {
    if (!documents) return;
    const mark = (): void => {
      const { evaluation } = useEvaluationStore.getState();
      for (const { tab, model } of documents.openModels()) applyEngineMarkers(tab, model, evaluation);
    };
    mark();
    const unsubscribeDocuments = documents.subscribe(mark);
    const unsubscribeEvaluation = useEvaluationStore.subscribe((state, previous) => {
      if (state.evaluation !== previous.evaluation) mark();
    });
    return () => {
      unsubscribeDocuments();
      unsubscribeEvaluation();
    };
  }, [documents]);

  return documents;
}
