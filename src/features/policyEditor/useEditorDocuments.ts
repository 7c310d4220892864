import { useEffect, useState } from 'react';
import { coalescedAfterPaint } from '../../ui/afterPaint';
import { useEvaluationStore } from '../../store/evaluationStore';
import { useScenarioStore } from '../../store/scenarioStore';
import { useUiStore, type EditorTab } from '../../store/uiStore';
import { planTabs } from './followDocument';
import { EditorDocuments } from './editorDocuments';
import { applyEngineMarkers } from './engineMarkers';
import { applyFindingMarkers } from './findingMarkers';
import { registerIamLanguageFeatures } from './languageProviders';
import { useFindingsStore } from '../../store/findingsStore';
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
    applyJsonSchemas();
    const languageFeatures = registerIamLanguageFeatures((model) => created.tabOf(model));
    // Bringing texts in line with the store waits for the next paint: the decision the edit changes
    // shows first. Another scenario opening is applied at once (its texts start a fresh history).
    let fresh = false;
    const sync = coalescedAfterPaint(() => {
      created.syncFromStore(useScenarioStore.getState().document, fresh);
      fresh = false;
    });
    const unsubscribe = useScenarioStore.subscribe((state, previous) => {
      if (state.document === previous.document) return;
      if (state.scenarioId === previous.scenarioId) {
        created.dropPendingWhereChanged(state.document);
        followMovedDocuments(created, previous.document, state.document);
      }
      if (state.scenarioId !== previous.scenarioId) {
        fresh = true;
        sync.flush();
        created.syncFromStore(state.document, true);
        fresh = false;
      } else sync.schedule();
    });
    return () => {
      unsubscribe();
      languageFeatures.dispose();
      sync.flush();
      created.dispose();
    };
  }, []);

  useEffect(() => {
    documents?.retain(tabs);
  }, [documents, tabs]);

  useEffect(() => {
    if (!documents) return;
    const mark = (): void => {
      const { evaluation } = useEvaluationStore.getState();
      const { findings } = useFindingsStore.getState();
      for (const { tab, model } of documents.openModels()) {
        applyEngineMarkers(tab, model, evaluation);
        applyFindingMarkers(tab, model, findings);
      }
    };
    mark();
    const later = coalescedAfterPaint(mark);
    const unsubscribeDocuments = documents.subscribe(later.schedule);
    const unsubscribeEvaluation = useEvaluationStore.subscribe((state, previous) => {
      if (state.evaluation !== previous.evaluation) later.schedule();
    });
    const unsubscribeFindings = useFindingsStore.subscribe((state, previous) => {
      if (state.findings !== previous.findings) later.schedule();
    });
    return () => {
      later.cancel();
      unsubscribeDocuments();
      unsubscribeEvaluation();
      unsubscribeFindings();
    };
  }, [documents]);

  return documents;
}

/**
 * Tabs follow their documents when a deletion elsewhere shifts list indexes (models first, then the
 * tabs), and the tabs of documents deleted with their owner close.
 */
function followMovedDocuments(documents: EditorDocuments, previous: unknown, next: unknown): void {
  const { moves, gone } = planTabs(previous, next, useUiStore.getState().tabs);
  if (moves.size === 0 && gone.length === 0) return;
  documents.follow(moves, gone);
  useUiStore.getState().retargetTabs(moves, gone);
}
