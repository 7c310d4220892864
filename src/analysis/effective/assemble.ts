import { ACCESS_LEVELS, type ActionInfo, type ServiceCatalog } from '../../catalog';
import { countLevels, describeAccess } from '../accessLevels';
import type {
  DeniedAction,
  EffectiveAction,
  EffectivePermissions,
  LevelPermissions,
  ServicePermissions,
} from '../effectivePermissionsTypes';

/** One candidate's verdict, before grouping. */
export type Outcome =
  | ({ kind: 'allowed'; info: ActionInfo } & Omit<EffectiveAction, 'action' | 'accessLevel'>)
  | ({ kind: 'denied'; info: ActionInfo } & Omit<DeniedAction, 'action' | 'service' | 'accessLevel'>);

export interface AssembleInput {
  principal: string;
  principalArn: string | null;
  resource: string;
  error: string | null;
  catalog: ServiceCatalog;
  outcomes: Outcome[];
  stats: { candidates: number; skippedByResourceType: number; evaluations: number };
}

const orderCache = new WeakMap<ServiceCatalog, Map<ActionInfo, number>>();

/** Position of each action in the catalog: results list actions in the reference's order. */
function catalogOrder(catalog: ServiceCatalog): Map<ActionInfo, number> {
  let order = orderCache.get(catalog);
  if (!order) {
    order = new Map();
    let i = 0;
    for (const s of catalog.services) for (const a of s.actions) order.set(a, i++);
    orderCache.set(catalog, order);
  }
  return order;
}

/** Groups verdicts into the result: services by name, levels in the console's order, actions in catalog order. */
export function assemble(input: AssembleInput): EffectivePermissions {
  const { catalog } = input;
  const order = catalogOrder(catalog);
  const byPosition = (a: { info: ActionInfo }, b: { info: ActionInfo }) => (order.get(a.info) ?? 0) - (order.get(b.info) ?? 0);
  const outcomes = [...input.outcomes].sort(byPosition);

  const byService = new Map<string, Extract<Outcome, { kind: 'allowed' }>[]>();
  const denied: DeniedAction[] = [];
  let conditional = 0;
  for (const o of outcomes) {
    if (o.kind === 'denied') {
      denied.push({
        action: o.info.id,
        service: o.info.service,
        accessLevel: o.info.accessLevel,
        reason: o.reason,
        deniedBy: o.deniedBy,
        allowedBy: o.allowedBy,
        detail: o.detail,
      });
      continue;
    }
    if (o.conditional) conditional++;
    const list = byService.get(o.info.service);
    if (list) list.push(o);
    else byService.set(o.info.service, [o]);
  }

  const services: ServicePermissions[] = [];
  let allowed = 0;
  for (const [prefix, list] of byService) {
    const service = catalog.service(prefix);
    if (!service) continue;
    allowed += list.length;
    const levels: LevelPermissions[] = [];
    for (const level of ACCESS_LEVELS) {
      const actions = list.filter((o) => o.info.accessLevel === level).map(toAction);
      if (actions.length === 0) continue;
      levels.push({ level, granted: actions.length, total: service.actions.filter((a) => a.accessLevel === level).length, actions });
    }
    services.push({
      service: service.prefix,
      name: service.name,
      granted: list.length,
      total: service.actions.length,
      access: describeAccess(
        countLevels(
          service,
          list.map((o) => o.info),
        ),
      ),
      levels,
    });
  }
  services.sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.service.localeCompare(b.service));

  return {
    principal: input.principal,
    principalArn: input.principalArn,
    resource: input.resource,
    mode: input.resource === '*' ? 'anywhere' : 'resource',
    error: input.error,
    services,
    denied,
    totals: {
      catalogActions: catalog.actionCount,
      candidates: input.stats.candidates,
      skippedByResourceType: input.stats.skippedByResourceType,
      evaluations: input.stats.evaluations,
      allowed,
      conditional,
      denied: denied.length,
      services: services.length,
    },
  };
}

function toAction(o: Extract<Outcome, { kind: 'allowed' }>): EffectiveAction {
  const out: EffectiveAction = {
    action: o.info.id,
    accessLevel: o.info.accessLevel,
    conditional: o.conditional,
    missingContextKeys: o.missingContextKeys,
    resources: o.resources,
    allowedBy: o.allowedBy,
    conditionalDenies: o.conditionalDenies,
    limitedBy: o.limitedBy,
  };
  // Keys that are absent stay absent: the result must survive a JSON round trip unchanged.
  if (o.note !== undefined) out.note = o.note;
  return out;
}
