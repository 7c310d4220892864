import { compileWildcard } from '../../engine';
import type { Query } from '../../model';
import type { AccessChange } from './accessDiff';

/**
 * What a query's `noNewAccess` assertion finds: the access its principal gained since the
 * baseline (an AccessDiff's `gained`), within the query's action and resource, each read as a
 * wildcard pattern as IAM reads them (actions without regard to case, `*` for any). Empty: it holds.
 */
export function newAccessOf(query: Pick<Query, 'principal' | 'action' | 'resource'>, gained: readonly AccessChange[]): AccessChange[] {
  const action = compileWildcard(query.action, true);
  const resource = compileWildcard(query.resource, false);
  return gained.filter((c) => c.principal === query.principal && action(c.action) && resource(c.resource));
}
