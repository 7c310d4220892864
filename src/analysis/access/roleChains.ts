import type { AssumeEdge } from '../../engine';

/** One hop of a role chain: the role assumed, and the request keys the hop waits on (none for a definite edge). */
export interface ChainHop {
  role: string;
  needs: string[];
}

/** A caller and every role it can reach by assuming roles one after another, with the shortest chain to each. */
export interface RoleChains {
  /** role ARN → the hops, in order, from the caller to it. */
  reach: ReadonlyMap<string, readonly ChainHop[]>;
}

/**
 * Role chains, from the engine's can-assume edges (definite ones, and the ones that hold given some
 * request context): breadth first, so each role is reached by its shortest chain, preferring hops
 * that need nothing. Cycles (A trusts B, B trusts A) end where a role is reached a second time.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#iam-term-role-chaining
 */
export function roleChainsFrom(caller: string, edges: readonly (AssumeEdge & { keys?: readonly string[] })[]): RoleChains {
  return roleChainIndex(edges)(caller);
}

type Hops = ReadonlyMap<string, readonly { to: string; needs: string[] }[]>;

/** The chains of every caller over one set of edges: the adjacency is built once, then one search per caller. */
export function roleChainIndex(edges: readonly (AssumeEdge & { keys?: readonly string[] })[]): (caller: string) => RoleChains {
  const next = new Map<string, { to: string; needs: string[] }[]>();
  for (const e of edges) {
    const list = next.get(e.from) ?? [];
    list.push({ to: e.to, needs: [...(e.keys ?? [])] });
    next.set(e.from, list);
  }
  // Definite hops first: of two chains of one length, the one that needs no context is the one shown.
  for (const list of next.values()) list.sort((a, b) => a.needs.length - b.needs.length);
  return (caller) => chainsOver(next, caller);
}

function chainsOver(next: Hops, caller: string): RoleChains {
  const reach = new Map<string, ChainHop[]>();
  let frontier: { at: string; hops: ChainHop[] }[] = [{ at: caller, hops: [] }];
  while (frontier.length > 0) {
    const following: typeof frontier = [];
    for (const { at, hops } of frontier) {
      for (const { to, needs } of next.get(at) ?? []) {
        if (to === caller || reach.has(to)) continue;
        const path = [...hops, { role: to, needs }];
        reach.set(to, path);
        following.push({ at: to, hops: path });
      }
    }
    frontier = following;
  }
  return { reach };
}
