/**
 * IAM's rules for names, so a rename on the canvas is refused with the reason AWS would give.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-names
 */
export type NamedKind = 'user' | 'group' | 'role' | 'policy';

const MAX_LENGTH: Record<NamedKind, number> = { user: 64, group: 128, role: 64, policy: 128 };
const NAME_CHARACTERS = /^[\w+=,.@-]+$/;

export function iamNameProblem(kind: NamedKind, name: string): string | null {
  if (name.length === 0) return `a ${kind} needs a name`;
  if (name.length > MAX_LENGTH[kind]) return `a ${kind} name has at most ${MAX_LENGTH[kind]} characters`;
  if (!NAME_CHARACTERS.test(name)) return `a ${kind} name uses letters, digits and + = , . @ _ - only`;
  return null;
}

/** IAM names are unique per account and kind, ignoring case. */
export function sameIamName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** `base`, else `base-2`, `base-3`, … — the first that `taken` does not hold (case-insensitive). */
export function uniqueName(base: string, taken: Iterable<string>): string {
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!lower.has(`${base}-${i}`.toLowerCase())) return `${base}-${i}`;
}
