/** A problem found in a scenario, addressed by JSON Pointer (RFC 6901) so every consumer — the CLI,
 * the editor's markers, the import dialog — can point at the exact place. */
export interface ScenarioIssue {
  /** JSON Pointer, e.g. `/users/2/groups/0`; `` (empty) for the document itself. */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

export function pointer(segments: ReadonlyArray<string | number>): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function pointerSegments(path: string): string[] {
  if (path === '') return [];
  return path
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function formatIssue(issue: ScenarioIssue): string {
  return `${issue.path || '/'}: ${issue.message}`;
}
