import { RCP_SERVICES } from '../../engine';
import type { AnalysisContext } from './analysisContext';
import { closest } from './closest';
import type { DocumentView, Entry } from './policyView';
import type { FindingSink } from './rules';

/**
 * `Action`/`NotAction` entries against the service catalog: the service prefix exists, an exact
 * action exists, a wildcard pattern matches something. Names are case-insensitive.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
 */
export function actionChecks(doc: DocumentView, ctx: AnalysisContext, sink: FindingSink): void {
  for (const s of doc.statements) {
    for (const element of [s.action, s.notAction]) {
      if (!element) continue;
      for (const entry of element.entries) {
        checkEntry(entry, ctx, sink);
        if (doc.kind === 'rcp') rcpServiceCheck(entry, ctx, sink);
      }
    }
  }
}

/** `service:name` split at the first colon, or null when the entry is not of that shape. */
export function splitAction(value: string): { prefix: string; name: string } | null {
  const colon = value.indexOf(':');
  if (colon <= 0 || colon === value.length - 1) return null;
  return { prefix: value.slice(0, colon), name: value.slice(colon + 1) };
}

const hasWildcard = (text: string) => /[*?]/.test(text);

function checkEntry(entry: Entry, ctx: AnalysisContext, sink: FindingSink): void {
  const { value, path } = entry;
  if (value === '*') return;
  const parts = splitAction(value);
  if (!parts || /\s/.test(value)) {
    sink.add('malformed-action', path, `\`${value}\` is not an action (expected \`service:ActionName\`, such as \`s3:GetObject\`)`);
    return;
  }
  if (hasWildcard(parts.prefix)) {
    if (ctx.expand(value).length === 0) sink.add('action-matches-nothing', path, `\`${value}\` matches no action of any service`);
    return;
  }
  const service = ctx.catalog.service(parts.prefix);
  if (!service) {
    const guess = closest(
      parts.prefix,
      ctx.catalog.services.map((s) => s.prefix),
    );
    sink.add('unknown-service', path, `\`${parts.prefix}\` is not an AWS service prefix${guess ? ` (did you mean \`${guess}\`?)` : ''}`);
    return;
  }
  if (hasWildcard(parts.name)) {
    if (ctx.expand(value).length === 0) sink.add('action-matches-nothing', path, `\`${value}\` matches no action of ${service.name}`);
    return;
  }
  if (!ctx.catalog.action(value)) {
    const guess = closest(
      parts.name,
      service.actions.map((a) => a.name),
    );
    sink.add(
      'unknown-action',
      path,
      `\`${parts.name}\` is not an action of ${service.name}${guess ? ` (did you mean \`${service.prefix}:${guess}\`?)` : ''}`,
    );
  }
}

/**
 * "AWS Organizations resource control policies (RCPs) only support specifying select service
 * prefixes in the Action element."
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
 */
function rcpServiceCheck(entry: Entry, ctx: AnalysisContext, sink: FindingSink): void {
  const parts = splitAction(entry.value);
  if (!parts || hasWildcard(parts.prefix)) return;
  const prefix = parts.prefix.toLowerCase();
  if (!ctx.catalog.service(prefix) || RCP_SERVICES.has(prefix)) return;
  sink.add('rcp-unsupported-service', entry.path, `\`${entry.value}\` is an action of \`${prefix}\`, a service RCPs do not support`);
}
