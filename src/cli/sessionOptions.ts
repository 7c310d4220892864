import type { Query } from '../model';
import { lastValue, UsageError, type ParsedArgs } from './command';

/**
 * `eval`'s options for the query's session fields: the principal's own session (`--session-tag`,
 * `--transitive-tag-key`, `--source-identity`) and what an STS call passes for the session it asks
 * for (`--pass-tag`, `--pass-transitive-tag-key`, `--pass-source-identity`, the query's `newSession`).
 */
export const SESSION_OPTIONS = [
  '--session-tag',
  '--transitive-tag-key',
  '--source-identity',
  '--pass-tag',
  '--pass-transitive-tag-key',
  '--pass-source-identity',
] as const;

export const SESSION_USAGE = `[--session-tag KEY=VALUE ...] [--transitive-tag-key KEY ...] [--source-identity S]
                      [--pass-tag KEY=VALUE ...] [--pass-transitive-tag-key KEY ...] [--pass-source-identity S]`;

/** The session fields the options give, each only when given, so a query without them is unchanged. */
export function sessionFieldsOf(args: ParsedArgs): Pick<Query, 'sessionTags' | 'transitiveTagKeys' | 'sourceIdentity' | 'newSession'> {
  const own = facts(args, '--session-tag', '--transitive-tag-key', '--source-identity');
  const passed = facts(args, '--pass-tag', '--pass-transitive-tag-key', '--pass-source-identity');
  return { ...own, ...(Object.keys(passed).length > 0 ? { newSession: passed } : {}) };
}

function facts(args: ParsedArgs, tagOption: string, keyOption: string, sourceOption: string) {
  const pairs = args.values.get(tagOption) ?? [];
  const keys = args.values.get(keyOption) ?? [];
  const source = lastValue(args, sourceOption);
  const tags: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`${tagOption} expects KEY=VALUE, got \`${pair}\``);
    tags[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return {
    ...(pairs.length > 0 ? { sessionTags: tags } : {}),
    ...(keys.length > 0 ? { transitiveTagKeys: [...keys] } : {}),
    ...(source !== undefined ? { sourceIdentity: source } : {}),
  };
}

/** A query field's JSON path, as the option that sets it (`/newSession` → `--pass-…`). */
export function optionOfPath(path: string): string {
  return path
    .replace(/^\/queries\/0\//, '--')
    .replace('--sessionName', '--session-name')
    .replace('--federatingUser', '--federating-user')
    .replace('--sessionTags', '--session-tag')
    .replace('--transitiveTagKeys', '--transitive-tag-key')
    .replace('--sourceIdentity', '--source-identity')
    .replace(/^--newSession(\/.*)?$/, '--pass-tag/--pass-transitive-tag-key/--pass-source-identity');
}
