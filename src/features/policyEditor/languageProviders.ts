import type { CompletionItem } from '../../analysis/completion';
import { currentRestored } from '../../store/restoredScenario';
import { useScenarioStore } from '../../store/scenarioStore';
import type { EditorTab } from '../../store/uiStore';
import { analysisClient } from '../../worker/analysisClient';
import { documentKindOf } from './documentKind';
import { scenarioNames } from './scenarioNames';
import { monaco } from './monacoSetup';

type Kind = monaco.languages.CompletionItemKind;

function itemKind(kind: CompletionItem['kind']): Kind {
  const K = monaco.languages.CompletionItemKind;
  switch (kind) {
    case 'keyword':
      return K.Keyword;
    case 'service':
      return K.Module;
    case 'action':
      return K.Function;
    case 'operator':
      return K.Operator;
    case 'conditionKey':
      return K.Variable;
    case 'arn':
      return K.Reference;
    case 'principal':
      return K.User;
    case 'snippet':
      return K.Snippet;
    case 'property':
      return K.Property;
    case 'value':
      return K.Value;
  }
}

function rangeOf(model: monaco.editor.ITextModel, start: number, end: number): monaco.Range {
  const a = model.getPositionAt(start);
  const b = model.getPositionAt(end);
  return new monaco.Range(a.lineNumber, a.column, b.lineNumber, b.column);
}

/**
 * IAM completion and hover in the editor, answered by the analysis worker (which holds the AWS
 * service catalog): service prefixes, actions, condition operators and keys, resource ARN
 * templates, principals and statement snippets. `tabOf` says which document a model shows, from
 * which the policy kind (and so the grammar) follows.
 */
export function registerIamLanguageFeatures(tabOf: (model: monaco.editor.ITextModel) => EditorTab | null): monaco.IDisposable {
  const kindOf = (model: monaco.editor.ITextModel) => {
    const tab = tabOf(model);
    return tab ? documentKindOf(tab, useScenarioStore.getState().document) : null;
  };
  const completion = monaco.languages.registerCompletionItemProvider('json', {
    // Inside strings too: a colon after the service prefix, a slash in a condition key.
    triggerCharacters: ['"', ':', '/', '*'],
    async provideCompletionItems(model, position) {
      const kind = kindOf(model);
      if (!kind) return { suggestions: [] };
      const text = model.getValue();
      const offset = model.getOffsetAt(position);
      const names = scenarioNames(currentRestored().scenario);
      const outcome = await analysisClient.ask({ type: 'complete', text, offset, kind, names });
      if (outcome.status === 'stale' || model.isDisposed()) return { suggestions: [] };
      return {
        // Catalog lists are long: let the editor filter as the person types instead of asking anew.
        incomplete: false,
        suggestions: outcome.value.map((item): monaco.languages.CompletionItem => ({
          label: item.detail ? { label: item.label, description: item.detail } : item.label,
          kind: itemKind(item.kind),
          insertText: item.insertText,
          insertTextRules: item.isSnippet ? monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
          detail: item.detail,
          documentation: item.documentation ? { value: item.documentation } : undefined,
          sortText: item.sortText,
          filterText: item.filterText,
          range: rangeOf(model, item.range.start, item.range.end),
        })),
      };
    },
  });
  const hover = monaco.languages.registerHoverProvider('json', {
    async provideHover(model, position) {
      const kind = kindOf(model);
      if (!kind) return null;
      const outcome = await analysisClient.ask({ type: 'hover', text: model.getValue(), offset: model.getOffsetAt(position), kind });
      if (outcome.status === 'stale' || !outcome.value || model.isDisposed()) return null;
      return {
        contents: [{ value: outcome.value.markdown }],
        range: rangeOf(model, outcome.value.range.start, outcome.value.range.end),
      };
    },
  });
  return {
    dispose() {
      completion.dispose();
      hover.dispose();
    },
  };
}
