import { getAtPointer } from '../model';
import { pointer, pointerSegments } from '../model';
import { policyDocumentsOf, type PolicyDocumentRole } from '../model';
import type { EditorTab } from './uiStore';

/**
 * What an editor tab shows, and the names people know its documents by. Pure: it reads the scenario
 * defensively, because the raw scenario tab can put any JSON into the store.
 */
export const SCENARIO_TAB_ID = 'scenario';

export type TabDocument = { kind: 'scenario' } | { kind: 'policy'; pointer: string } | { kind: 'awsManaged'; arn: string };

export function documentOfTab(tab: EditorTab): TabDocument {
  if (tab.arn) return { kind: 'awsManaged', arn: tab.arn };
  if (tab.id === SCENARIO_TAB_ID) return { kind: 'scenario' };
  return { kind: 'policy', pointer: tab.id };
}

export interface PolicyDocumentEntry {
  /** JSON pointer of the document in the scenario, the tab id that opens it. */
  pointer: string;
  /** The name people call it by: `S3Read`, `AppRole trust policy`. */
  title: string;
  group: string;
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function itemsOf(root: unknown, key: string): Json[] {
  const list = isObject(root) ? root[key] : undefined;
  return Array.isArray(list) ? list.map((item: unknown) => (isObject(item) ? item : {})) : [];
}

function text(v: unknown, fallback: string): string {
  return typeof v === 'string' && v.length > 0 ? v : fallback;
}

/**
 * Where a scenario-wide JSON pointer falls in the tab's document: relative to it, or null when the
 * pointer is outside. The scenario tab holds everything.
 */
export function pathInDocument(tab: EditorTab, path: string): string | null {
  const doc = documentOfTab(tab);
  if (doc.kind === 'scenario') return path;
  if (doc.kind === 'awsManaged') return null;
  return path === doc.pointer || path.startsWith(doc.pointer + '/') ? path.slice(doc.pointer.length) : null;
}

const GROUP_OF: Record<PolicyDocumentRole, string> = {
  identity: 'Customer managed policies',
  trust: 'Trust policies',
  resource: 'Resource policies',
  scp: 'Organization policies',
  rcp: 'Organization policies',
  organization: 'Organization policies',
  session: 'Session policies',
};

/** Every policy document of the scenario, in the order a reader meets them, with the names people know them by. */
export function listPolicyDocuments(scenario: unknown): PolicyDocumentEntry[] {
  return policyDocumentsOf(scenario).map((d): PolicyDocumentEntry => {
    const { owner } = d;
    if (d.role === 'identity' && owner) {
      const ownerName = text(owner.name, `${owner.collection.slice(0, -1)} ${owner.index + 1}`);
      return { pointer: d.pointer, title: `${ownerName} · ${text(d.name, `inline ${d.index + 1}`)}`, group: 'Inline policies' };
    }
    const group = GROUP_OF[d.role];
    switch (d.role) {
      case 'identity':
        return { pointer: d.pointer, title: text(d.name, `policy ${d.index + 1}`), group };
      case 'trust':
        return { pointer: d.pointer, title: `${text(owner?.name, `role ${d.index + 1}`)} trust policy`, group };
      case 'resource':
        return { pointer: d.pointer, title: `${shortArn(text(d.resourceArn, `resource ${d.index + 1}`))} policy`, group };
      case 'session':
        return { pointer: d.pointer, title: `${text(owner?.name, `query ${d.index + 1}`)} session policy`, group };
      default: {
        const type = d.role === 'organization' ? 'policy' : d.role.toUpperCase();
        return { pointer: d.pointer, title: text(d.name, `${type} ${d.index + 1}`), group };
      }
    }
  });
}

/** `arn:aws:s3:::reports-bucket` → `reports-bucket`; the part a person recognises. */
export function shortArn(arn: string): string {
  const resource = arn.split(':').slice(5).join(':');
  return resource.length > 0 ? resource : arn;
}

/** The name of the document a tab shows, for its title and for history entries ("edit S3Read"). */
export function documentTitle(scenario: unknown, tab: EditorTab): string {
  const doc = documentOfTab(tab);
  if (doc.kind === 'scenario') return 'scenario JSON';
  if (doc.kind === 'awsManaged') return doc.arn.split('/').pop() ?? tab.title;
  return listPolicyDocuments(scenario).find((d) => d.pointer === doc.pointer)?.title ?? tab.title;
}

/**
 * Whether a policy tab's document is in the scenario: `present`; `absent` when its owner exists but
 * has no such document yet (typing one creates it); `orphaned` when the owner itself is gone.
 */
export function documentPresence(scenario: unknown, documentPointer: string): 'present' | 'absent' | 'orphaned' {
  if (getAtPointer(scenario, documentPointer) !== undefined) return 'present';
  const parent = pointer(pointerSegments(documentPointer).slice(0, -1));
  return isObject(getAtPointer(scenario, parent)) ? 'absent' : 'orphaned';
}

const AWS_MANAGED_ARN = /^arn:aws[a-z-]*:iam::aws:policy\//;

/** AWS managed policies the scenario attaches (or uses as boundaries), for opening read-only. */
export function attachedAwsManagedPolicies(scenario: unknown): string[] {
  const arns = new Set<string>();
  for (const kind of ['users', 'groups', 'roles'] as const) {
    for (const principal of itemsOf(scenario, kind)) {
      const attached = Array.isArray(principal.managedPolicies) ? principal.managedPolicies : [];
      for (const ref of [...attached, principal.permissionsBoundary]) {
        if (typeof ref === 'string' && AWS_MANAGED_ARN.test(ref)) arns.add(ref);
      }
    }
  }
  return [...arns].sort();
}

/** The tab that shows an AWS managed policy, read-only. */
export function awsManagedTab(arn: string): EditorTab {
  return { id: arn, title: arn.split('/').pop() ?? arn, readOnly: true, arn };
}
