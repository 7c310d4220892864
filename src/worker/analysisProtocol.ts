import type { AccessChange, AccessDiff, AccessScope, ChainHop, WhoCanAnswer } from '../analysis/access';
import type { EscalationAnswer } from '../analysis/escalation';
import type { ContextDiscovery } from '../analysis/discovery';
import type { CompletionItem, DocumentKind, HoverResult, ScenarioNames } from '../analysis/completion';
import type { ConditionalAssumeEdge } from '../analysis/conditionalAssume';
import type { AssumeEdge } from '../engine';
import type { SwitchOff } from '../model';
import type { EffectivePermissions, EffectivePermissionsOptions } from '../analysis/effectivePermissionsTypes';
import type { ActionExpansion } from '../analysis/expandActions';
import type { Finding } from '../analysis/findings/types';
import type { PolicySummary } from '../analysis/policySummary';

/**
 * Messages between the page and the analysis worker, which holds the AWS service catalog (the
 * page's main thread never loads it): findings, completion, hover, policy summaries, effective
 * permissions, action expansion and the AWS managed policy picker. Every request carries an id;
 * its answer echoes it.
 */
export interface CatalogInfo {
  source: string;
  updatedAt: string;
  services: number;
  actions: number;
  managedPolicies: { source: string; generated: string; count: number };
}

export interface ManagedPolicyListing {
  name: string;
  arn: string;
  path: string;
  description?: string;
}

/** What each request type answers. */
export interface AnalysisAnswers {
  catalogInfo: CatalogInfo;
  findings: Finding[];
  complete: CompletionItem[];
  hover: HoverResult | null;
  summary: PolicySummary;
  effective: EffectivePermissions;
  expand: ActionExpansion;
  managedPolicies: { total: number; matches: ManagedPolicyListing[] };
  assumeEdges: { definite: AssumeEdge[]; conditional: ConditionalAssumeEdge[] };
  whoCan: WhoCanAnswer;
  escalation: EscalationAnswer;
  diff: AccessDiff;
  whatIf: AccessDiff;
  noNewAccess: AccessChange[][];
  discover: ContextDiscovery;
  roleChains: { role: string; hops: ChainHop[] }[];
}

export type AnalysisQuery =
  | { type: 'catalogInfo' }
  /** With `worldRevision`, the world's external access joins the policy checks (it needs the restored world). */
  | { type: 'findings'; scenario: unknown; worldRevision?: number }
  | { type: 'complete'; text: string; offset: number; kind: DocumentKind; names?: ScenarioNames }
  | { type: 'hover'; text: string; offset: number; kind: DocumentKind }
  | { type: 'summary'; document: unknown }
  /** `worldRevision`: the page's count of world changes; requests of one revision share one analysis pass. */
  | {
      type: 'effective';
      scenario: unknown;
      worldRevision: number;
      principal: string;
      resource: string;
      options?: EffectivePermissionsOptions;
    }
  | { type: 'expand'; pattern: string }
  | { type: 'managedPolicies'; search: string; limit: number }
  /** Who can assume which role, definitely and given the right request context: the graph's edges. */
  | { type: 'assumeEdges'; scenario: unknown; worldRevision: number }
  /** `action` may be a pattern: it is expanded against the catalog, each action asked. */
  | { type: 'whoCan'; scenario: unknown; worldRevision: number; action: string; resource: string }
  | { type: 'escalation'; scenario: unknown; worldRevision: number; principal?: string }
  /** `scenario` against `baseline`, both worlds as the page holds them. */
  | { type: 'diff'; scenario: unknown; worldRevision: number; baseline: unknown }
  /** For each scope (a noNewAccess query's principal, action, resource): what it gained since `baseline`. */
  | { type: 'noNewAccess'; scenario: unknown; worldRevision: number; baseline: unknown; scopes: AccessScope[] }
  /** The world as it is against itself with one policy, or one statement of it, switched off. */
  | { type: 'whatIf'; scenario: unknown; worldRevision: number; off: SwitchOff }
  /** What request context would allow `query` (validated here like any query). */
  | { type: 'discover'; scenario: unknown; worldRevision: number; query: unknown }
  /** Every role `principal` can reach by assuming roles one after another, each by its shortest chain. */
  | { type: 'roleChains'; scenario: unknown; worldRevision: number; principal: string };

export type AnalysisRequest = AnalysisQuery & { id: number };

/**
 * `needWorld`: the request left its world out (the page had sent that revision before) but the
 * worker no longer holds it — restarted, or a newer revision came in between: send it again with it.
 */
export type AnalysisResponse =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string } | { id: number; ok: false; needWorld: true };

/** Requests that read the world only through the revision's analysis pass: their world is sent once per revision. */
export const PASS_ONLY_REQUESTS = ['effective', 'assumeEdges', 'whoCan', 'escalation', 'roleChains', 'discover', 'whatIf'] as const;
