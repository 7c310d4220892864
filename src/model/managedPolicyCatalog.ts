import type { PolicyDocument } from './policyDocumentSchema';

/** An AWS managed policy as shipped with the playground (latest version only). */
export interface AwsManagedPolicy {
  name: string;
  arn: string;
  /** e.g. `/` or `/service-role/` */
  path: string;
  description?: string;
  version?: string;
  document: PolicyDocument;
}

/** Where AWS managed policy ARNs resolve. Injected so the model stays free of I/O and bundling. */
export interface ManagedPolicyCatalog {
  get(arn: string): AwsManagedPolicy | undefined;
}

export const emptyCatalog: ManagedPolicyCatalog = { get: () => undefined };

/** `arn:aws:iam::aws:policy/PATH/NAME` → true. */
export function isAwsManagedPolicyArn(ref: string): boolean {
  return /^arn:aws[a-z-]*:iam::aws:policy\//.test(ref);
}

export function catalogFromList(policies: Iterable<AwsManagedPolicy>): ManagedPolicyCatalog {
  const byArn = new Map<string, AwsManagedPolicy>();
  const byName = new Map<string, AwsManagedPolicy>();
  for (const p of policies) {
    byArn.set(p.arn, p);
    byName.set(p.name, p);
  }
  return {
    get(arn) {
      const hit = byArn.get(arn);
      if (hit) return hit;
      // Paths are part of the ARN, but users often write `arn:aws:iam::aws:policy/NAME` for a policy
      // that lives under `/service-role/`; AWS would reject it, so we only accept exact ARNs, except
      // in partitions other than `aws`, where the same policies exist under the partition's own ARN.
      const m = /^arn:aws[a-z-]*:iam::aws:policy(\/.*\/|\/)([^/]+)$/.exec(arn);
      if (!m) return undefined;
      const candidate = byName.get(m[2]!);
      return candidate && candidate.path === m[1] ? candidate : undefined;
    },
  };
}

/**
 * Accepts every well-formed AWS managed policy ARN with an empty document. For checks that must not
 * load the 3 MB catalog (the page's main thread): the worker, which has the real catalog, reports
 * ARNs that do not exist.
 */
export const permissiveCatalog: ManagedPolicyCatalog = {
  get(arn) {
    const m = /^arn:aws[a-z-]*:iam::aws:policy(\/(?:.*\/)?)([^/]+)$/.exec(arn);
    return m ? { name: m[2]!, arn, path: m[1]!, document: { Version: '2012-10-17', Statement: [] } } : undefined;
  },
};
