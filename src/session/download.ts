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
