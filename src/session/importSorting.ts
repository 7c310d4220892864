/**
 * Which files of a drop are scenarios and which are what AWS prints. Pure, so the rule is tested
 * on its own; the files are read already.
 */

/**
 * A scenario names its format (it is required, `docs/scenario-format.md`); nothing AWS prints has a
 * `"format": "iam-playground/scenario"` pair — inside a policy string the quotes would be escaped.
 * A text search, not a parse: a 50 MB account file is sorted without a pause on the main thread.
 * JSON may write the slash as `\/`.
 */
const SCENARIO_FORMAT_PAIR = /"format"\s*:\s*"iam-playground\\?\/scenario"/;

export function isScenarioText(text: string): boolean {
  return SCENARIO_FORMAT_PAIR.test(text);
}

/**
 * Names that tell the files apart in messages: a second `prod.json` (from another folder) is
 * `prod.json (2)`, as every error and report line names its file.
 */
export function distinctNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let n = 2; used.has(candidate); n++) candidate = `${name} (${n})`;
    used.add(candidate);
    return candidate;
  });
}

export interface SortedFiles<T> {
  /** Scenario files: each imports on its own, as a scenario file always has. */
  scenarios: T[];
  /** Everything else: read together by the AWS importer, which says what a file is not. */
  aws: T[];
}

export function sortImportFiles<T extends { text: string }>(files: readonly T[]): SortedFiles<T> {
  const sorted: SortedFiles<T> = { scenarios: [], aws: [] };
  for (const f of files) (isScenarioText(f.text) ? sorted.scenarios : sorted.aws).push(f);
  return sorted;
}
