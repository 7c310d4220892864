/** Saves text as a file the way browsers do for a link with `download`: no server involved. */
export function downloadText(filename: string, text: string, type: string): void {
  const blob = new Blob([text], { type });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** A file name made of a title: letters, digits, dots and dashes only. */
export function fileNameOf(title: string, fallback: string): string {
  return (
    title
      .replace(/[^\w.-]+/g, '-')
      .replace(/\.-/g, '-') // "2. A title" → "2-A-title", not "2.-A-title"
      .replace(/^[-.]+|[-.]+$/g, '') || fallback
  );
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A field that a
 * spreadsheet would run as a formula (=, +, -, @, tab, carriage return) is prefixed with `'`: a
 * Sid or an ARN comes from a scenario someone else may have written.
 * https://www.rfc-editor.org/rfc/rfc4180
 * https://owasp.org/www-community/attacks/CSV_Injection
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
