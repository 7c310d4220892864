/** Text as XML character data or an attribute value: the five escapes, and no character XML 1.0 forbids. */
export function xml(text: string): string {
  return (
    text
      // Control characters other than tab, newline and carriage return cannot appear in XML 1.0 at all.
      // oxlint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

/** `name="value"` pairs, skipping absent values. */
export function attributes(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${xml(String(v))}"`)
    .join('');
}
