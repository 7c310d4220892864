/**
 * Session tags and tag keys as one line of text, for the query form: `team=web, project=blue` and
 * `team, project`. Parsing says what is wrong instead of dropping a half-typed pair.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export const tagsToText = (tags: Record<string, string> | undefined): string =>
  Object.entries(tags ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');

export function textToTags(text: string): Parsed<Record<string, string>> {
  const tags: Record<string, string> = {};
  for (const part of text.split(',')) {
    const pair = part.trim();
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    if (eq <= 0) return { ok: false, message: `\`${pair}\` is not KEY=VALUE` };
    tags[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return { ok: true, value: tags };
}

export const keysToText = (keys: string[] | undefined): string => (keys ?? []).join(', ');

export const textToKeys = (text: string): string[] =>
  text
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '');
