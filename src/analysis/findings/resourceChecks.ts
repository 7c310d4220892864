import type { ActionInfo } from '../../catalog';
import { splitArn } from '../../engine';
import { arnProblem } from '../../model';
import type { AnalysisContext } from './analysisContext';
import { arnFits, compileArnTemplate, compileResourcePattern, type CompiledArn } from './arnFit';
import type { DocumentView, Entry } from './policyView';
import type { FindingSink } from './rules';
import { wildcardResourceType } from './resourceTypeWildcard';
import { listedActions } from './statementActions';

/**
 * `Resource`/`NotResource`: each entry is `*` or a well-formed ARN with no wildcard in its
 * resource type, and a `Resource` ARN is of a type one of the statement's actions works on.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
 */
export function resourceChecks(doc: DocumentView, ctx: AnalysisContext, sink: FindingSink): void {
  for (const s of doc.statements) {
    for (const element of [s.resource, s.notResource]) {
      if (!element) continue;
      for (const entry of element.entries) {
        const problem = problemOf(entry.value, ctx);
        if (problem) sink.add('malformed-arn', entry.path, problem);
        const type = problem ? null : wildcardResourceType(entry.value, ctx);
        if (type !== null)
          sink.add(
            'wildcard-in-resource-type',
            entry.path,
            `\`${entry.value}\` puts a wildcard in the resource type (\`${type}\`), which AWS's ARN reference does not allow; the playground matches it as a plain pattern`,
          );
      }
    }
    if (s.resource) {
      const actions = listedActions(s, ctx);
      if (actions) {
        const templates = templatesOf(actions, ctx);
        for (const entry of s.resource.entries) resourceTypeCheck(entry, actions, templates, ctx, sink);
      }
    }
  }
}

const dynamic = (text: string) => /[*?]|\$\{/.test(text);

/**
 * What is wrong with a resource pattern, or null. Parts holding wildcards or policy variables are
 * not judged (they stand for values). https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
 */
export function arnPatternProblem(value: string): string | null {
  if (value === '*') return null;
  if (!value.startsWith('arn:'))
    return `\`${value}\` is not an ARN: a resource is \`*\` or \`arn:partition:service:region:account-id:resource\``;
  const parts = splitArn(value);
  if (!parts) {
    const count = value.split(':').length;
    return `\`${value}\` has ${count} of the 6 parts of an ARN (\`arn:partition:service:region:account-id:resource\`)`;
  }
  const [, partition, service, region, account, resource] = parts as [string, string, string, string, string, string];
  // The model's ARN check knows the partitions; ask it about this partition alone.
  if (partition !== 'aws' && !dynamic(partition) && arnProblem(`arn:${partition}:s:::x`))
    return `\`${partition}\` in \`${value}\` is not an AWS partition`;
  if (!dynamic(service)) {
    if (service === '') return `the service part of \`${value}\` is empty`;
    if (/[A-Z]/.test(service)) return `the service \`${service}\` in \`${value}\` must be lower case (\`${service.toLowerCase()}\`)`;
    if (!/^[a-z0-9-]+$/.test(service)) return `\`${service}\` in \`${value}\` is not a service namespace`;
  }
  if (!dynamic(region) && !/^[a-z0-9-]*$/.test(region)) return `\`${region}\` in \`${value}\` is not a Region`;
  if (!dynamic(account) && account !== '' && account !== 'aws' && !/^\d{12}$/.test(account))
    return `the account \`${account}\` in \`${value}\` is not a 12-digit account ID`;
  if (resource === '') return `the resource part of \`${value}\` is empty`;
  return null;
}

/** A per-run map kept in the context's memo. */
function runMap<V>(ctx: AnalysisContext, name: string): Map<string, V> {
  let map = ctx.memo.get(name) as Map<string, V> | undefined;
  if (!map) {
    map = new Map();
    ctx.memo.set(name, map);
  }
  return map;
}

/** `arnPatternProblem`, once per distinct value in a run. */
function problemOf(value: string, ctx: AnalysisContext): string | null {
  const cache = runMap<string | null>(ctx, 'arn-problem');
  let problem = cache.get(value);
  if (problem === undefined) {
    problem = arnPatternProblem(value);
    cache.set(value, problem);
  }
  return problem;
}

/** Catalog templates compiled once; there are only as many as the catalog has resource types. */
const compiledTemplates = new Map<string, CompiledArn>();

function compiledTemplate(template: string): CompiledArn {
  let compiled = compiledTemplates.get(template);
  if (!compiled) {
    compiled = compileArnTemplate(template, splitArn);
    compiledTemplates.set(template, compiled);
  }
  return compiled;
}

/** The ARN templates of the actions' resource types, each with its type's name. */
function templatesOf(actions: readonly ActionInfo[], ctx: AnalysisContext): Map<string, string> {
  const templates = new Map<string, string>();
  for (const action of actions) {
    for (const rt of action.resourceTypes) {
      const info = ctx.catalog.resourceType(action.service, rt.name);
      if (info) templates.set(info.arnTemplate, rt.name);
    }
  }
  return templates;
}

/**
 * Warns when an ARN is of no resource type any of the statement's actions uses. An action without
 * resource types takes only `*`. Malformed ARNs are left to `malformed-arn`.
 * https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
 */
function resourceTypeCheck(
  entry: Entry,
  actions: readonly ActionInfo[],
  templates: Map<string, string>,
  ctx: AnalysisContext,
  sink: FindingSink,
): void {
  if (entry.value === '*' || problemOf(entry.value, ctx)) return;
  const pattern = compileResourcePattern(entry.value, splitArn);
  for (const template of templates.keys()) if (arnFits(pattern, compiledTemplate(template))) return;
  const subject = actions.length === 1 ? `\`${actions[0]!.id}\`` : `any of the statement’s ${actions.length} actions`;
  if (templates.size === 0) {
    sink.add(
      'resource-type-mismatch',
      entry.path,
      `${actions.length === 1 ? `\`${actions[0]!.id}\` takes` : 'the statement’s actions take'} no resource ARN, so \`${entry.value}\` never matches; use \`"Resource": "*"\``,
      {
        learnMore:
          'Actions without resource types in the Service Authorization Reference apply to every resource at once and are matched only by `"Resource": "*"`.',
      },
    );
    return;
  }
  const expected = [...templates]
    .slice(0, 3)
    .map(([template, name]) => `${name} (\`${template}\`)`)
    .join(', ');
  sink.add('resource-type-mismatch', entry.path, `\`${entry.value}\` is not a resource type that ${subject} applies to`, {
    learnMore: `The statement’s actions apply to ${expected}${templates.size > 3 ? ` and ${templates.size - 3} more types` : ''}; an ARN of another shape never matches their requests. Check the ARN against the Service Authorization Reference.`,
  });
}
