import { locatePointer, type SourceLocation } from '../../model/jsonLocation';
import type { ScenarioIssue } from '../../model/issues';
import type { EditorTab } from '../../store/uiStore';
import { pathInDocument } from './documentTabs';

/** The engine's issues that fall inside one tab's document, with paths relative to that document. */
export function issuesInDocument(issues: readonly ScenarioIssue[], tab: EditorTab): ScenarioIssue[] {
  const inside: ScenarioIssue[] = [];
  for (const issue of issues) {
    const path = pathInDocument(tab, issue.path);
    if (path !== null) inside.push({ ...issue, path });
  }
  return inside;
}

export interface LocatedIssue extends ScenarioIssue {
  location: SourceLocation;
}

/** Where each issue is in the text; none when the text does not parse into a tree at all. */
export function locateIssues(text: string, issues: readonly ScenarioIssue[]): LocatedIssue[] {
  const located: LocatedIssue[] = [];
  for (const issue of issues) {
    const location = locatePointer(text, issue.path);
    if (location) located.push({ ...issue, location });
  }
  return located;
}
