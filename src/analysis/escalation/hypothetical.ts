import { compileScenario, type CompiledScenario } from '../../engine';
import { restoreScenario, type ManagedPolicyCatalog, type PolicyDocument, type Scenario } from '../../model';

/** A policy that allows everything: what an attacker writes when it can write a policy. */
export const EVERYTHING: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };

/** An edit an escalation step makes to the world, as the scenario would record it. */
export type WorldEdit =
  | { kind: 'grantEverything'; collection: 'users' | 'groups' | 'roles'; index: number }
  | { kind: 'rewriteManagedPolicy'; index: number }
  | { kind: 'joinGroup'; user: number; group: string }
  | { kind: 'dropBoundary'; collection: 'users' | 'roles'; index: number }
  | { kind: 'trustCaller'; role: number; caller: string };

/**
 * The world after an edit, restored and compiled like any scenario, so what the edit gains is the
 * engine's answer (boundaries, SCPs and RCPs still apply) rather than an assumption; null when the
 * edited scenario does not restore (it always should; a bug must not invent a path).
 */
export function worldAfter(scenario: Scenario, catalog: ManagedPolicyCatalog, edits: readonly WorldEdit[]): CompiledScenario | null {
  // Scenarios are plain JSON: a JSON round trip is a deep copy (the core has no structuredClone type).
  const next = JSON.parse(JSON.stringify(scenario)) as Scenario;
  for (const edit of edits) if (!applyEdit(next, edit)) return null;
  const restored = restoreScenario(next, catalog);
  return restored.ok ? compileScenario(restored.scenario, restored.world) : null;
}

function applyEdit(next: Scenario, edit: WorldEdit): boolean {
  switch (edit.kind) {
    case 'grantEverything': {
      const entity = next[edit.collection]?.[edit.index];
      if (!entity) return false;
      entity.inlinePolicies = [...(entity.inlinePolicies ?? []), { name: 'iam-playground-escalation', document: EVERYTHING }];
      break;
    }
    case 'rewriteManagedPolicy': {
      const policy = next.policies?.[edit.index];
      if (!policy) return false;
      policy.document = EVERYTHING;
      break;
    }
    case 'joinGroup': {
      const user = next.users?.[edit.user];
      if (!user) return false;
      user.groups = [...(user.groups ?? []), edit.group];
      break;
    }
    case 'dropBoundary': {
      const entity = next[edit.collection]?.[edit.index];
      if (!entity) return false;
      delete entity.permissionsBoundary;
      break;
    }
    case 'trustCaller': {
      const role = next.roles?.[edit.role];
      if (!role) return false;
      role.trustPolicy = {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: edit.caller }, Action: 'sts:AssumeRole' }],
      };
      break;
    }
  }
  return true;
}
