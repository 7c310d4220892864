import type { ServiceDocs } from '../../catalog';

/**
 * What kind of text the editor holds: one policy document of a given kind, or the whole scenario
 * (whose policy documents are found from the JSON path of the cursor).
 */
export type DocumentKind = 'identity' | 'resource' | 'trust' | 'scp' | 'rcp' | 'session' | 'scenario';

/** The kind of one policy document. */
export type PolicyKind = Exclude<DocumentKind, 'scenario'>;

/** Offsets in the text: `start` inclusive, `end` exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * One completion proposal.
 *
 * `range` is the whole JSON token the item replaces, quotes included: for `"s3:GetO|"` it spans
 * both quotes and `insertText` is `"s3:GetObject"`, quotes included. An unterminated string
 * (`"s3:GetO|` before a line break) is replaced from its opening quote up to the cursor only, so
 * what follows on the line is never swallowed. Where nothing is typed yet (`"Effect": |`) the range
 * is empty at the cursor. `filterText` is what the range's text is matched against: the quoted
 * label when the token starts with a quote (so the editor's filter, which reads from the range's
 * start to the cursor, sees `"s3:GetO` against `"s3:GetObject"`).
 */
export interface CompletionItem {
  label: string;
  kind: 'keyword' | 'service' | 'action' | 'operator' | 'conditionKey' | 'arn' | 'principal' | 'snippet' | 'property' | 'value';
  insertText: string;
  /** Monaco snippet syntax (`${1:placeholder}`, `$0`); multi-line snippets indent with `\t`. */
  isSnippet?: boolean;
  /** A short right-hand note: access level, key type, "N actions". */
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** Ranking: items sort by this (then by label) before the editor's own match scoring. */
  sortText?: string;
  filterText?: string;
  range: TextSpan;
}

export interface HoverResult {
  markdown: string;
  range: TextSpan;
}

/** The prose of a service, when already loaded; undefined when not (yet) available. */
export type DocsLookup = (prefix: string) => ServiceDocs | undefined;
