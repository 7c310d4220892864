import { splitArn } from '../../engine';
import type { AnalysisContext } from './analysisContext';

/**
 * A wildcard in the resource-type part of an ARN pattern (`arn:aws:iam::123456789012:u*`). AWS's
 * Resource element page allows `*` and `?` in every ARN segment, but its ARN page says a wildcard
 * may not stand in the part that names the resource type. The engine reads such a pattern as a
 * plain glob (it matches `user/…` and every other type starting with `u`), which is an open
 * question (test/differential/openQuestions.ts); this check warns where a policy relies on it.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html#reference_policies_elements_resource_wildcards
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
 */

/** Whether every resource type of the service begins with a literal type (`user/…`, `function:…`). */
function typedService(service: string, ctx: AnalysisContext): boolean {
  let byService = ctx.memo.get('typed-services') as Map<string, boolean> | undefined;
  if (!byService) {
    byService = new Map();
    ctx.memo.set('typed-services', byService);
  }
  let typed = byService.get(service);
  if (typed === undefined) {
    const types = ctx.catalog.service(service)?.resourceTypes ?? [];
    // A service with a type named by its resource alone (S3's `${BucketName}`) has no type part to guard.
    typed = types.length > 0 && types.every((t) => /^[a-z0-9-]+[/:]/i.test(resourcePart(t.arnTemplate) ?? ''));
    byService.set(service, typed);
  }
  return typed;
}

function resourcePart(arn: string): string | null {
  const parts = splitArn(arn);
  return parts ? parts[5]! : null;
}

/**
 * The resource-type part of `value` when it holds a wildcard, else null. A resource part that is
 * only wildcards (`arn:aws:iam::123456789012:*`) stands for every resource of the service, not for
 * a type, and is left alone; so are policy variables, which stand for values.
 */
export function wildcardResourceType(value: string, ctx: AnalysisContext): string | null {
  const parts = splitArn(value);
  if (!parts) return null;
  const service = parts[2]!;
  const resource = parts[5]!;
  if (/[*?]/.test(service) || resource.includes('${') || /^[*?]+$/.test(resource)) return null;
  const head = /^[^/:]*/.exec(resource)![0];
  if (!/[*?]/.test(head) || !typedService(service, ctx)) return null;
  return head;
}
