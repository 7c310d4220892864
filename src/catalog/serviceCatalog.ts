import { compileWildcard } from '../engine';
import { GLOBAL_CONDITION_KEYS } from './globalConditionKeys';
import {
  ACCESS_LEVELS,
  type ActionInfo,
  type ConditionKeyInfo,
  type ConditionKeyType,
  type ResourceTypeInfo,
  type ServiceInfo,
} from './types';

/** The shape `scripts/extract-service-catalog.mjs` writes (compact tuples; see that script). */
export interface ServiceCatalogData {
  source: string;
  updatedAt: string;
  accessLevels?: string[];
  services: {
    prefix: string;
    name: string;
    actions: [string, number, [string, number][], string[]][];
    resourceTypes: [string, string, string[]][];
    conditionKeys: [string, string][];
  }[];
}

const KEY_TYPES = new Set<string>([
  'String',
  'ARN',
  'Bool',
  'Date',
  'IPAddress',
  'Numeric',
  'Binary',
  'ArrayOfString',
  'ArrayOfARN',
  'ArrayOfBool',
  'ArrayOfNumeric',
]);

/**
 * A condition key template such as `aws:RequestTag/${TagKey}` as a case-insensitive pattern. The
 * reference also writes a few placeholders as `<key>` (`s3:ExistingObjectTag/<key>`).
 */
function keyTemplatePattern(key: string): RegExp | null {
  if (!key.includes('${') && !/<[^>]+>/.test(key)) return null;
  const source = key
    .split(/\$\{[^}]*\}|<[^>]+>/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.+');
  return new RegExp(`^${source}$`, 'i');
}

/** Compiled key templates: there are a few thousand, and findings test them on every edit. */
const templatePatterns = new Map<string, RegExp | null>();

/**
 * Lookups over the catalog. Action names, service prefixes and condition keys are case-insensitive
 * in IAM, so every index is keyed by lower case.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
 */
export class ServiceCatalog {
  readonly services: readonly ServiceInfo[];
  readonly actionCount: number;
  private readonly byPrefix = new Map<string, ServiceInfo>();
  private readonly actionsById = new Map<string, ActionInfo>();
  private readonly keysExact = new Map<string, ConditionKeyInfo>();
  private readonly keyTemplates: { pattern: RegExp; info: ConditionKeyInfo }[] = [];
  private readonly resourceTypesByService = new Map<string, Map<string, ResourceTypeInfo>>();

  constructor(
    readonly source: string,
    readonly updatedAt: string,
    services: ServiceInfo[],
  ) {
    this.services = services;
    let count = 0;
    for (const service of services) {
      this.byPrefix.set(service.prefix.toLowerCase(), service);
      for (const action of service.actions) this.actionsById.set(action.id.toLowerCase(), action);
      count += service.actions.length;
      this.resourceTypesByService.set(service.prefix, new Map(service.resourceTypes.map((r) => [r.name, r])));
    }
    this.actionCount = count;
    const allKeys = [...GLOBAL_CONDITION_KEYS, ...services.flatMap((s) => s.conditionKeys)];
    for (const info of allKeys) {
      const lower = info.key.toLowerCase();
      if (this.keysExact.has(lower)) continue; // the global definition wins over a service's copy
      this.keysExact.set(lower, info);
      const pattern = keyTemplatePattern(info.key);
      if (pattern) this.keyTemplates.push({ pattern, info });
    }
  }

  service(prefix: string): ServiceInfo | undefined {
    return this.byPrefix.get(prefix.toLowerCase());
  }

  /** `s3:GetObject` in any case → the action, or undefined. */
  action(id: string): ActionInfo | undefined {
    return this.actionsById.get(id.toLowerCase());
  }

  resourceType(service: string, name: string): ResourceTypeInfo | undefined {
    return this.resourceTypesByService.get(service.toLowerCase())?.get(name);
  }

  /**
   * Every action an `Action` pattern matches (`s3:Get*`, `*`, `iam:?etUser`), in catalog order.
   * A pattern without a colon matches nothing except `*`, as in IAM.
   */
  expandAction(pattern: string): ActionInfo[] {
    const colon = pattern.indexOf(':');
    if (colon < 0) return pattern === '*' ? this.services.flatMap((s) => s.actions) : [];
    const prefixPattern = pattern.slice(0, colon);
    const matches = compileWildcard(pattern, true);
    const services = /[*?]/.test(prefixPattern)
      ? this.services.filter((s) => compileWildcard(prefixPattern, true)(s.prefix))
      : [this.service(prefixPattern)].filter((s): s is ServiceInfo => s !== undefined);
    return services.flatMap((s) => s.actions.filter((a) => matches(a.id)));
  }

  /**
   * A condition key's definition: exact (`s3:prefix`) or through a template (`aws:ResourceTag/team`
   * → `aws:ResourceTag/${TagKey}`). Global keys first.
   */
  conditionKey(key: string): ConditionKeyInfo | undefined {
    const exact = this.keysExact.get(key.toLowerCase());
    if (exact) return exact;
    return this.keyTemplates.find((t) => t.pattern.test(key))?.info;
  }

  /**
   * True when `key` (a concrete key) is an instance of `template` (a catalog key, maybe templated):
   * `aws:RequestTag/team` of `aws:RequestTag/${TagKey}`, ignoring case as IAM does for key names.
   * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html
   */
  static keyMatches(template: string, key: string): boolean {
    if (template.toLowerCase() === key.toLowerCase()) return true;
    let pattern = templatePatterns.get(template);
    if (pattern === undefined) {
      pattern = keyTemplatePattern(template);
      templatePatterns.set(template, pattern);
    }
    return pattern?.test(key) ?? false;
  }
}

/**
 * Builds the catalog from the generated data, checking its shape: a malformed entry is skipped, not
 * trusted, so a bad regeneration shows up as missing actions rather than a crash in the worker.
 */
export function createServiceCatalog(data: ServiceCatalogData): ServiceCatalog {
  const levels = data.accessLevels ?? ACCESS_LEVELS;
  const services: ServiceInfo[] = [];
  for (const s of Array.isArray(data.services) ? data.services : []) {
    if (typeof s?.prefix !== 'string') continue;
    const prefix = s.prefix.toLowerCase();
    const actions: ActionInfo[] = [];
    for (const [name, level, resourceTypes, conditionKeys] of s.actions ?? []) {
      const accessLevel = ACCESS_LEVELS.find((l) => l === levels[level]);
      if (typeof name !== 'string' || !accessLevel) continue;
      actions.push({
        id: `${prefix}:${name}`,
        service: prefix,
        name,
        accessLevel,
        resourceTypes: (resourceTypes ?? []).map(([n, required]) => ({ name: n, required: required === 1 })),
        conditionKeys: conditionKeys ?? [],
      });
    }
    services.push({
      prefix,
      name: typeof s.name === 'string' ? s.name : prefix,
      actions,
      resourceTypes: (s.resourceTypes ?? []).map(([name, arnTemplate, conditionKeys]) => ({
        service: prefix,
        name,
        arnTemplate,
        conditionKeys: conditionKeys ?? [],
      })),
      conditionKeys: (s.conditionKeys ?? [])
        .filter(([, type]) => KEY_TYPES.has(type))
        .map(([key, type]) => ({ key, type: type as ConditionKeyType, service: prefix })),
    });
  }
  return new ServiceCatalog(String(data.source ?? 'unknown'), String(data.updatedAt ?? 'unknown'), services);
}
