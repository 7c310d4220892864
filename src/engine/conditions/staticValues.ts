import { resolvedValues, type ParsedValue } from './resolved';
import type { CompiledValues, Scalar } from './types';

/**
 * Policy values for operators that do not substitute policy variables (Numeric, Date, IP address,
 * Binary): `${…}` stays literal text, which then fails to parse and matches nothing.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-wheretouse
 * Everything is parsed once, here; evaluation only parses the request value.
 */
export interface StaticSpec<P, T> {
  parsePolicy(value: Scalar): P | null;
  /** Completes "`x` …", e.g. "is not a number". */
  badPolicy: string;
  parseRequest(value: Scalar): T | null;
  badRequest: string;
  test(policy: P, request: T): boolean;
}

export function compileStatic<P, T>(spec: StaticSpec<P, T>, values: Scalar[]): CompiledValues {
  const display = values.map(String);
  const parsed: ParsedValue<T>[] = [];
  const notes: string[] = [];
  values.forEach((v, index) => {
    const policy = spec.parsePolicy(v);
    if (policy === null) notes.push(`policy value \`${String(v)}\` ${spec.badPolicy}, so it matches nothing`);
    else parsed.push({ index, test: (request) => spec.test(policy, request) });
  });
  const resolved = resolvedValues(display, parsed, notes, [], spec.parseRequest, (v) => `\`${String(v)}\` ${spec.badRequest}`);
  return { resolve: () => resolved };
}
