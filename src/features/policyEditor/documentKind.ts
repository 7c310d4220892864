import type { DocumentKind } from '../../analysis/completion';
import { getAtPointer } from '../../model';
import { pointerSegments } from '../../model';
import type { EditorTab } from '../../store/uiStore';
import { documentOfTab } from '../../store/editorTabs';

/**
 * What kind of policy a tab holds, for completion and hover: where a document sits in the scenario
 * decides its grammar (a trust policy names principals, an identity policy must not; an
 * organization policy is an SCP or an RCP by its `type`).
 */
export function documentKindOf(tab: EditorTab, scenario: unknown): DocumentKind {
  const doc = documentOfTab(tab);
  if (doc.kind === 'scenario') return 'scenario';
  if (doc.kind === 'awsManaged') return 'identity';
  const segments = pointerSegments(doc.pointer);
  const last = segments[segments.length - 1];
  if (segments[0] === 'organization') {
    const type = getAtPointer(scenario, `/organization/policies/${segments[2] ?? ''}/type`);
    return type === 'rcp' ? 'rcp' : 'scp';
  }
  if (last === 'trustPolicy') return 'trust';
  if (segments[0] === 'resources') return 'resource';
  if (last === 'sessionPolicy') return 'session';
  return 'identity';
}
