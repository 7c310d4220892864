/**
 * Monaco, bundled and offline. Everything that imports `monaco-editor` is reached only through the
 * lazily loaded workspace, so the first page load does not carry it (~1.4 MB gzip).
 *
 * Only what the editor uses is imported: the editor core, its standard features and the JSON
 * language. Without `loader.config({ monaco })`, @monaco-editor/react would fetch Monaco from a CDN;
 * without `getWorker`, the production build could not start the workers.
 */
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';
import { formatJson } from './formatJson';
import { parseJsonText } from './parseJsonText';

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};

loader.config({ monaco });

// "Format" means the house style of formatJson, the same text the store's values are shown in; the
// JSON service's own formatter is switched off so Shift+Alt+F has exactly one provider.
jsonDefaults.setModeConfiguration({
  ...jsonDefaults.modeConfiguration,
  documentFormattingEdits: false,
  documentRangeFormattingEdits: false,
});
monaco.languages.registerDocumentFormattingEditProvider('json', {
  displayName: 'IAM Playground',
  provideDocumentFormattingEdits(model) {
    const parsed = parseJsonText(model.getValue());
    if (!parsed.ok) return [];
    return [{ range: model.getFullModelRange(), text: formatJson(parsed.value) }];
  },
});

export { monaco, jsonDefaults };
export type Monaco = typeof monaco;
