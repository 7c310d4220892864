import type { ActionInfo, ServiceCatalog } from '../../catalog';
import { splitArn } from '../../engine';

/**
 * Can an action be asked about this resource at all? The Service Authorization Reference lists,
 * per action, the resource types it works on and each type's ARN template; an action with no
 * resource type only takes `"Resource": "*"`.
 * https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
 *
 * The engine itself does not know resource types (nor does AWS's policy language), so without this
 * a principal with `ec2:Describe*` on `*` would be listed as able to "DescribeInstances" on a bucket.
 */

/** ARN templates per catalog, by `service\u0000type`: the template's service, and its pattern once needed. */
interface TypeEntry {
  service: string | undefined;
  pattern: RegExp | null | undefined;
  template: string | undefined;
}
const cache = new WeakMap<ServiceCatalog, Map<string, TypeEntry>>();

/**
 * An ARN template as a regular expression. `${Partition}`, `${Region}` and `${Account}` stay within
 * their colon-separated field (and may be empty, as S3's are). In the resource part a variable
 * matches any text, `/` and `:` included (log group names, IAM paths and object keys contain them),
 * except when the resource part is nothing but one variable (`${BucketName}`, `${TopicName}`): such
 * names contain no `/`, which keeps bucket actions off object ARNs.
 */
export function templatePattern(template: string): RegExp | null {
  const fields = splitArn(template);
  if (!fields) return null;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const field = (text: string, variable: string) =>
    text
      .split(/(\$\{[^}]*\})/)
      .map((part) => (part.startsWith('${') && part.endsWith('}') ? variable : escape(part)))
      .join('');
  const resource = fields[5]!;
  const bare = /^\$\{[^}]*\}$/.test(resource);
  const head = fields.slice(0, 5).map((f) => field(f, '[^:]*'));
  return new RegExp(`^${head.join(':')}:${bare ? '[^/]+' : field(resource, '.+')}$`);
}

function typeEntry(catalog: ServiceCatalog, service: string, type: string): TypeEntry {
  let byType = cache.get(catalog);
  if (!byType) {
    byType = new Map();
    cache.set(catalog, byType);
  }
  const key = `${service}\u0000${type}`;
  let hit = byType.get(key);
  if (!hit) {
    const template = catalog.resourceType(service, type)?.arnTemplate;
    hit = { template, service: template === undefined ? undefined : splitArn(template)?.[2]?.toLowerCase(), pattern: undefined };
    byType.set(key, hit);
  }
  return hit;
}

/** True when one of the action's resource types can name this concrete ARN. */
export function actionTakesArn(action: ActionInfo, arn: string, catalog: ServiceCatalog): boolean {
  const arnService = splitArn(arn)?.[2]?.toLowerCase();
  return action.resourceTypes.some((rt) => {
    const entry = typeEntry(catalog, action.service, rt.name);
    // Most candidates live in another service than the ARN: no template to compile for those.
    if (entry.template === undefined || (entry.service !== arnService && !entry.service?.includes('$'))) return false;
    if (entry.pattern === undefined) entry.pattern = templatePattern(entry.template);
    return entry.pattern?.test(arn) ?? false;
  });
}

/**
 * For a resource pattern (`*`, `arn:aws:s3:::bucket/*`): could the action be granted on it? `*`
 * always; a pattern only when one of the action's resource types lives in the pattern's service
 * (or the pattern's service is a wildcard).
 */
export function actionTakesPattern(action: ActionInfo, pattern: string, catalog: ServiceCatalog): boolean {
  if (/^\*+$/.test(pattern)) return true;
  const fields = splitArn(pattern);
  if (!fields) return true; // not an ARN: leave the decision to the engine
  const service = fields[2]!;
  if (/[*?]/.test(service)) return true;
  const wanted = service.toLowerCase();
  return action.resourceTypes.some((rt) => {
    const entry = typeEntry(catalog, action.service, rt.name);
    return entry.service === undefined || entry.service === wanted || entry.service.includes('$');
  });
}
