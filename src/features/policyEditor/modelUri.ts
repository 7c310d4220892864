import type { EditorTab } from '../../store/uiStore';
import { documentOfTab } from '../../store/editorTabs';

/**
 * The URI of a tab's Monaco model. Its path is what JSON Schema `fileMatch` patterns are matched
 * against, so every document kind gets its own recognisable file name.
 */
const ROOT = 'file:///iam-playground';

export function modelPath(tab: EditorTab): string {
  const doc = documentOfTab(tab);
  if (doc.kind === 'scenario') return '/iam-playground/scenario.json';
  if (doc.kind === 'awsManaged') return `/iam-playground/aws-managed/${encodeURIComponent(doc.arn)}.policy.json`;
  // Pointer segments are scenario field names and indexes; encode anyway so no glob character slips in.
  const segments = doc.pointer.split('/').slice(1).map(encodeURIComponent).join('/');
  return `/iam-playground/documents/${segments}.policy.json`;
}

export function modelUri(tab: EditorTab): string {
  return ROOT + modelPath(tab).slice('/iam-playground'.length);
}
