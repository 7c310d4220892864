import type { RelationFlowData } from './flowTypes';

/**
 * How each relation is drawn (colours: graph.css, keyed by the same kinds). Membership and attachment are quiet solid lines; a permissions
 * boundary is dashed amber (it limits, it does not grant); "can assume" is dotted sky blue and
 * labelled, because the engine computed it; a resource policy's principals are teal.
 */
export interface EdgeLook {
  width: number;
  dash?: string;
  /** A pill on the edge: only for relations whose line alone would be ambiguous. */
  pill?: string;
  caption: string;
}

export function edgeLook(data: Pick<RelationFlowData, 'kind' | 'denyOnly' | 'orgType'> & { requires?: string[] }): EdgeLook {
  switch (data.kind) {
    case 'member':
      return { width: 1.75, caption: 'member of group' };
    case 'attached':
      return { width: 1.5, caption: 'policy attached' };
    case 'boundary':
      return { width: 2, dash: '7 5', pill: 'boundary', caption: 'permissions boundary' };
    case 'assume':
      // One that waits on request context (MFA, a source IP) says so on its pill.
      return data.requires && data.requires.length > 0
        ? {
            width: 2,
            dash: '1 6',
            pill: `can assume with ${shortKeys(data.requires)}`,
            caption: 'can assume with the right request context',
          }
        : { width: 2.25, dash: '1 6', pill: 'can assume', caption: 'can assume (computed)' };
    case 'resourcePolicy':
      return data.denyOnly
        ? { width: 1.5, dash: '10 4 2 4', caption: 'resource policy denies' }
        : { width: 1.5, dash: '10 4 2 4', caption: 'resource policy names' };
    case 'orgPolicy':
      return data.orgType === 'rcp' ? { width: 1.25, caption: 'RCP attached' } : { width: 1.25, caption: 'SCP attached' };
  }
}

/**
 * `aws:MultiFactorAuthPresent` → `MFA`, `token.actions.githubusercontent.com:sub` → `sub`: pills are
 * small; the edge's label has the full keys.
 */
function shortKeys(keys: readonly string[]): string {
  const short = keys.map((k) => (/multifactorauth/i.test(k) ? 'MFA' : k.replace(/^aws:/, '').replace(/^[^:]*[./][^:]*:/, '')));
  return [...new Set(short)].join(' + ');
}
