import type { ActionInfo, ConditionKeyInfo } from '../../catalog';
import { GLOBAL_CONDITION_KEYS, ServiceCatalog } from '../../catalog';
import { parseOperator } from '../../engine';
import type { AnalysisContext } from './analysisContext';
import { closest } from './closest';
import { hasVariable, NEEDS, NO_VARIABLES, valueReads } from './conditionValues';
import { familyOf, unknownOperatorMessage, type OperatorFamily } from './operatorNames';
import { conditionEntries, type ConditionEntry, type DocumentView, type StatementView } from './policyView';
import type { FindingSink } from './rules';
import { listedActions } from './statementActions';

/**
 * The `Condition` element: operator names, values each operator can read, keys that exist and
 * apply to the statement's actions, operators that fit the key's type and arity.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html
 */
export function conditionChecks(doc: DocumentView, ctx: AnalysisContext, sink: FindingSink): void {
  for (const s of doc.statements) {
    const reported = new Set<string>(); // operators already reported as unknown
    for (const entry of conditionEntries(s)) {
      const parsed = parseOperator(entry.operator);
      if (parsed.kind === 'unknown') {
        if (!reported.has(entry.operator))
          sink.add('unknown-condition-operator', entry.operatorPath, unknownOperatorMessage(entry.operator));
        reported.add(entry.operator);
        // The keys under a misspelled operator are still checked: two typos are two findings.
        keyChecks(entry, s, ctx, sink);
        continue;
      }
      const family: OperatorFamily = parsed.kind === 'null' ? 'null' : familyOf(parsed.baseName);
      valueChecks(entry, family, sink);
      const info = keyChecks(entry, s, ctx, sink);
      if (info && parsed.kind === 'compare') typeChecks(entry, info, family, parsed.quantifier !== null, sink);
    }
  }
}

const display = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

function valueChecks(entry: ConditionEntry, family: OperatorFamily, sink: FindingSink): void {
  for (const { value, path } of entry.values) {
    if (typeof value === 'string' && hasVariable(value) && NO_VARIABLES.has(family)) {
      // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-wheretouse
      sink.add(
        'unsupported-policy-variable',
        path,
        `\`${entry.operator}\` does not substitute policy variables, so \`${value}\` is read as written`,
      );
    } else if (!valueReads(family, value)) {
      sink.add('invalid-condition-value', path, `\`${entry.operator}\` needs ${NEEDS[family]}; \`${display(value)}\` is not one`);
    } else if (family === 'string' && /^String(Not)?Equals(IgnoreCase)?$/.test(baseOf(entry.operator)) && typeof value === 'string') {
      // StringEquals compares literally: `*` and `?` are only wildcards for StringLike.
      if (/[*?]/.test(value.replace(/\$\{[^}]*\}/g, ''))) {
        const like = entry.operator.replace(/String(Not)?Equals(IgnoreCase)?/, (_m, not: string | undefined) => `String${not ?? ''}Like`);
        sink.add(
          'wildcard-without-like',
          path,
          `\`${entry.operator}\` compares \`${value}\` literally; use \`${like}\` to match a pattern`,
        );
      }
    }
  }
}

/** `ForAnyValue:StringEqualsIfExists` → `StringEquals`. */
function baseOf(operator: string): string {
  const colon = operator.indexOf(':');
  const rest = colon < 0 ? operator : operator.slice(colon + 1);
  return rest.endsWith('IfExists') ? rest.slice(0, -'IfExists'.length) : rest;
}

/**
 * Keys of web identity and OIDC providers (`token.actions.githubusercontent.com:sub`,
 * `oidc.eks.REGION.amazonaws.com/id/ID:sub`) are named after the provider's host, which can be any;
 * the catalog lists only the common ones, so unknown ones are not reported.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif
 */
const providerKey = (key: string) => /^[^:]*[./][^:]*:/.test(key);

/** Reports unknown and inapplicable keys; returns the key's definition when there is one. */
function keyChecks(entry: ConditionEntry, s: StatementView, ctx: AnalysisContext, sink: FindingSink): ConditionKeyInfo | undefined {
  const { key } = entry;
  const info = ctx.conditionKey(key);
  if (!info) {
    if (!providerKey(key)) sink.add('unknown-condition-key', entry.keyPath, unknownKeyMessage(key, ctx));
    return undefined;
  }
  // Global keys (aws:…) may be in any request; only service keys are tied to actions.
  if (!key.toLowerCase().startsWith('aws:')) {
    const actions = listedActions(s, ctx);
    if (actions && !actions.some((a) => actionKeys(a, ctx).some((t) => ServiceCatalog.keyMatches(t, key)))) {
      const subject = actions.length === 1 ? `\`${actions[0]!.id}\`` : `any of the statement’s ${actions.length} actions`;
      sink.add(
        'condition-key-not-applicable',
        entry.keyPath,
        `\`${key}\` is not a condition key of ${subject}, so it is never in the request`,
      );
    }
  }
  return info;
}

function unknownKeyMessage(key: string, ctx: AnalysisContext): string {
  const colon = key.indexOf(':');
  const prefix = colon < 0 ? '' : key.slice(0, colon).toLowerCase();
  if (prefix === 'aws') {
    const guess = closest(
      key,
      GLOBAL_CONDITION_KEYS.map((k) => k.key),
    );
    return `\`${key}\` is not a global condition key${guess ? ` (did you mean \`${guess}\`?)` : ''}`;
  }
  const service = colon < 0 ? undefined : ctx.catalog.service(prefix);
  if (service) {
    const guess = closest(
      key,
      service.conditionKeys.map((k) => k.key),
    );
    return `\`${key}\` is not a condition key of ${service.name}${guess ? ` (did you mean \`${guess}\`?)` : ''}`;
  }
  return `\`${key}\` is not a condition key of any service`;
}

/** The keys an action supports: its own and its resource types'. Cached per run. */
function actionKeys(action: ActionInfo, ctx: AnalysisContext): string[] {
  let byAction = ctx.memo.get('action-keys') as Map<string, string[]> | undefined;
  if (!byAction) {
    byAction = new Map();
    ctx.memo.set('action-keys', byAction);
  }
  let keys = byAction.get(action.id);
  if (!keys) {
    keys = [...action.conditionKeys];
    for (const rt of action.resourceTypes) keys.push(...(ctx.catalog.resourceType(action.service, rt.name)?.conditionKeys ?? []));
    byAction.set(action.id, keys);
  }
  return keys;
}

/** Key types each operator family compares; String operators also fit ARN (and Bool) keys. */
const FITS: Record<Exclude<OperatorFamily, 'null'>, readonly string[]> = {
  string: ['String', 'ARN', 'Bool', 'Binary'],
  numeric: ['Numeric'],
  date: ['Date'],
  bool: ['Bool'],
  binary: ['Binary'],
  ip: ['IPAddress'],
  arn: ['ARN'],
};

/** "`Op` is … operator" */
const FAMILY_WORDS: Record<Exclude<OperatorFamily, 'null'>, string> = {
  string: 'a string',
  numeric: 'a numeric',
  date: 'a date',
  bool: 'a Boolean',
  binary: 'a binary',
  ip: 'an IP address',
  arn: 'an ARN',
};

/** The operator family suited to a key type. */
const SUITED: Record<string, string> = {
  String: 'a String',
  ARN: 'an ARN or String',
  Bool: 'the `Bool`',
  Date: 'a Date',
  Numeric: 'a Numeric',
  IPAddress: 'the `IpAddress`/`NotIpAddress`',
  Binary: 'the `BinaryEquals`',
};

/**
 * The operator must fit the key's type, and its set qualifier the key's arity.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 */
function typeChecks(entry: ConditionEntry, info: ConditionKeyInfo, family: OperatorFamily, qualified: boolean, sink: FindingSink): void {
  if (family === 'null') return;
  const multivalued = info.type.startsWith('ArrayOf');
  const type = multivalued ? info.type.slice('ArrayOf'.length) : info.type;
  // aws:EpochTime "supports date and numeric operators" (global condition keys page).
  const epochNumeric = family === 'numeric' && info.key.toLowerCase() === 'aws:epochtime';
  if (!FITS[family].includes(type) && !epochNumeric) {
    const how =
      family === 'string'
        ? `compares \`${entry.key}\` as text, but it is a ${type} key`
        : `is ${FAMILY_WORDS[family]} operator, but \`${entry.key}\` is a ${type} key`;
    sink.add('operator-type-mismatch', entry.keyPath, `\`${entry.operator}\` ${how}; use ${SUITED[type] ?? 'a matching'} operator`);
  }
  if (qualified && !multivalued) {
    sink.add(
      'set-operator-on-single-valued-key',
      entry.keyPath,
      `\`${entry.operator}\` is for multivalued keys, but \`${entry.key}\` has a single value; use \`${baseOf(entry.operator)}${entry.operator.endsWith('IfExists') ? 'IfExists' : ''}\``,
    );
  } else if (!qualified && multivalued) {
    sink.add(
      'missing-set-operator',
      entry.keyPath,
      `\`${entry.key}\` is multivalued; use \`ForAnyValue:${entry.operator}\` or \`ForAllValues:${entry.operator}\``,
    );
  }
}
