import { pointerLocator, type SourceLocation } from '../../model';
import type { ScenarioIssue } from '../../model';
import type { EditorTab } from '../../store/uiStore';
import { pathInDocument } from '../../store/editorTabs';

/** The engine's issues that fall inside one tab's document, with paths relative to that document. */
export function issuesInDocument<I extends { path: string }>(issues: readonly I[], tab: EditorTab): I[] {
  const inside: I[] = [];
  for (const issue of issues) {
    const path = pathInDocument(tab, issue.path);
    if (path !== null) inside.push({ ...issue, path });
  }
  return inside;
}

export type LocatedIssue<I extends { path: string } = ScenarioIssue> = I & { location: SourceLocation };

/** Where each issue is in the text; none when the text does not parse into a tree at all. */
export function locateIssues<I extends { path: string }>(text: string, issues: readonly I[]): LocatedIssue<I>[] {
  const located: LocatedIssue<I>[] = [];
  if (issues.length === 0) return located;
  const locate = pointerLocator(text);
  for (const issue of issues) {
    const location = locate(issue.path);
    if (location) located.push({ ...issue, location });
  }
  return located;
}
