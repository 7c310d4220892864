import type { StatementRef } from '../../engine';
import type { PolicyKind, ResolvedPolicy } from '../../model';
import type { StatementTrace } from '../effectivePermissionsTypes';

/**
 * Turns the engine's statement references into traces that also say what kind of policy each is
 * and how it reaches the principal. The engine's reference carries the policy's id and label; the
 * kind comes from the resolved policy with that id and label (an AWS managed policy attached both
 * as a permission policy and as a boundary has one id and two labels).
 */
export class TraceIndex {
  private readonly byKey = new Map<string, { policy: ResolvedPolicy; via: Set<string> }>();
  /** Traces are shared between the actions they explain: one object per statement. */
  private readonly made = new Map<string, StatementTrace>();

  add(policies: Iterable<ResolvedPolicy>): this {
    for (const p of policies) {
      const key = `${p.id}\u0000${p.label}`;
      const hit = this.byKey.get(key);
      if (hit) {
        if (p.via) hit.via.add(p.via);
      } else this.byKey.set(key, { policy: p, via: new Set(p.via ? [p.via] : []) });
    }
    return this;
  }

  trace(ref: StatementRef): StatementTrace {
    const key = traceKey(ref);
    let made = this.made.get(key);
    if (!made) {
      made = this.make(ref);
      this.made.set(key, made);
    }
    return made;
  }

  private make(ref: StatementRef): StatementTrace {
    const hit = this.byKey.get(`${ref.policyId}\u0000${ref.policyLabel}`);
    const out: StatementTrace = {
      policyId: ref.policyId,
      policyName: hit?.policy.name ?? ref.policyLabel,
      policyLabel: ref.policyLabel,
      kind: hit?.policy.kind ?? guessKind(ref.policyLabel),
      statementIndex: ref.statementIndex,
      path: ref.path,
    };
    if (hit && hit.via.size > 0) out.via = [...hit.via].join(', ');
    if (ref.sid !== undefined) out.sid = ref.sid;
    return out;
  }

  /** Traces of `refs`, once each, in order. */
  traces(refs: readonly StatementRef[]): StatementTrace[] {
    const out: StatementTrace[] = [];
    for (const ref of refs) {
      const t = this.trace(ref);
      if (!out.includes(t)) out.push(t);
    }
    return out;
  }
}

export const traceKey = (t: Pick<StatementTrace, 'policyId' | 'policyLabel' | 'statementIndex'>) =>
  `${t.policyId}\u0000${t.policyLabel}\u0000${t.statementIndex}`;

/** Policies the engine makes up on the spot: the query's session policy, a KMS default key policy. */
function guessKind(label: string): PolicyKind {
  if (label === 'session policy') return 'session';
  if (label.startsWith('default key policy')) return 'resource';
  return 'identity';
}
