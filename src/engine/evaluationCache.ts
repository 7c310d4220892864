import { NOT_WORLD_FIELDS, type ManagedPolicyCatalog, type Query, type Scenario } from '../model';
import type { AssumeEdge } from './assumeGraph';
import type { QueryResult } from './types';

/**
 * Answers kept from the previous evaluation, for the live loop: while a person edits one query,
 * the world and the other queries stay as they were, and so do their answers. A query's answer
 * depends only on the world, the query, its position (its JSON paths) and — for queries without a
 * `time` — the clock, so the key holds all four (the clock to the second, as `aws:EpochTime` does).
 * The can-assume edges depend on the world alone.
 */
export class EvaluationCache {
  /** The world's JSON text, or the prepared world itself (compared by identity). */
  private worldKey: string | object | null = null;
  private catalog: ManagedPolicyCatalog | null = null;
  private assumeEdges: AssumeEdge[] | null = null;
  private results = new Map<string, QueryResult>();
  private explain = false;

  /** Starts a new evaluation; drops everything when the world (or the policy catalog) changed. */
  begin(scenario: Scenario, catalog: ManagedPolicyCatalog, explain: boolean): void {
    const key = JSON.stringify(scenario, function (this: unknown, k: string, v: unknown) {
      // The graph's layout is the app's, not IAM's: moving a node changes no answer.
      return this === scenario && (NOT_WORLD_FIELDS.has(k) || k === 'layout') ? undefined : v;
    });
    this.startWorld(key, catalog, explain);
  }

  /**
   * `begin` for a world restored once and kept (`prepareWorld`): the same object is the same world,
   * so no megabytes of JSON are written to tell.
   */
  beginWorld(world: { readonly catalog: ManagedPolicyCatalog }, explain: boolean): void {
    this.startWorld(world, world.catalog, explain);
  }

  private startWorld(key: string | object, catalog: ManagedPolicyCatalog, explain: boolean): void {
    if (key !== this.worldKey || catalog !== this.catalog || explain !== this.explain) {
      this.worldKey = key;
      this.catalog = catalog;
      this.explain = explain;
      this.assumeEdges = null;
      this.results = new Map();
    }
  }

  assume(compute: () => AssumeEdge[]): AssumeEdge[] {
    this.assumeEdges ??= compute();
    return this.assumeEdges;
  }

  /** The answer to query `index`, from the previous evaluation when nothing it depends on changed. */
  query(index: number, query: Query, now: number, compute: () => QueryResult): QueryResult {
    const clock = query.time === undefined ? Math.floor(now / 1000) : 0;
    const key = `${index}\u0000${clock}\u0000${JSON.stringify(query)}`;
    let result = this.results.get(key);
    if (!result) {
      result = compute();
      this.results.set(key, result);
    }
    return result;
  }

  /** Forgets answers no query of the latest evaluation asked for, so the cache stays small. */
  retainOnly(used: ReadonlySet<QueryResult>): void {
    for (const [key, result] of this.results) if (!used.has(result)) this.results.delete(key);
  }
}
