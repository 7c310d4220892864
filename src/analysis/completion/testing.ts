import type { CompletionItem } from './types';

/** Test helper: the text without its cursor marker `|`, and the offset the marker stood at. */
export function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  if (offset < 0 || marked.indexOf('|', offset + 1) >= 0) throw new Error('the text needs exactly one | as the cursor');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

/** Test helper: snippet syntax resolved as the editor would with every placeholder left at its default. */
export function resolveSnippet(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const ch = snippet[i]!;
    if (ch === '\\' && i + 1 < snippet.length) {
      out += snippet[++i];
    } else if (ch === '$' && snippet[i + 1] === '{') {
      const close = snippet.indexOf('}', i);
      const inner = snippet.slice(i + 2, close);
      const choice = /^\d+\|([^,|]*)/.exec(inner);
      const placeholder = /^\d+:(.*)$/s.exec(inner);
      out += choice ? choice[1] : placeholder ? placeholder[1] : '';
      i = close;
    } else if (ch === '$' && /\d/.test(snippet[i + 1] ?? '')) {
      while (/\d/.test(snippet[i + 1] ?? '')) i++;
    } else out += ch;
  }
  return out;
}

/** Test helper: the text after accepting `item`, placeholders at their defaults. */
export function accept(text: string, item: CompletionItem): string {
  const inserted = item.isSnippet ? resolveSnippet(item.insertText) : item.insertText;
  return text.slice(0, item.range.start) + inserted + text.slice(item.range.end);
}

/** Test helper: items in the order the editor ranks them with nothing typed: by lower-cased sortText (else label), by code unit. */
export function ranked(items: CompletionItem[]): CompletionItem[] {
  const key = (i: CompletionItem) => (i.sortText ?? i.label).toLowerCase();
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Test helper: the items a prefix filter keeps, given what is typed from each item's range start to the cursor. */
export function typedFilter(items: CompletionItem[], text: string, offset: number): CompletionItem[] {
  return items.filter((i) => (i.filterText ?? i.label).toLowerCase().startsWith(text.slice(i.range.start, offset).toLowerCase()));
}

export function labels(items: CompletionItem[]): string[] {
  return items.map((i) => i.label);
}

export function item(items: CompletionItem[], label: string): CompletionItem {
  const found = items.find((i) => i.label === label);
  if (!found) throw new Error(`no item ${label} among ${items.length}: ${labels(items).slice(0, 20).join(', ')}`);
  return found;
}

/** A policy of about 5 KB, pretty-printed as the editor shows it, with `insert` at the start of statement 5. */
export function policyWith(insert: string): string {
  const statements = Array.from({ length: 10 }, (_, i) => ({
    Sid: `Statement${i}`,
    Effect: i % 3 === 0 ? 'Deny' : 'Allow',
    Action: ['s3:GetObject', 's3:PutObject', 'ec2:Describe*', 'kms:Decrypt'],
    Resource: [`arn:aws:s3:::bucket-${i}/*`],
    Condition: { StringEquals: { 'aws:PrincipalTag/team': ['red', 'blue'] }, IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
  }));
  const text = JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
  const at = text.indexOf('"Sid": "Statement5"');
  return text.slice(0, at) + insert + text.slice(at);
}

/** Test helper: where a label stands in a list of proposals; a label that is not offered fails the test. */
export function rank(labels: readonly string[], label: string): number {
  const at = labels.indexOf(label);
  if (at < 0) throw new Error(`\`${label}\` is not among the proposals`);
  return at;
}
