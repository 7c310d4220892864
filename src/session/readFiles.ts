/** A file that could not be read (moved, deleted, no permission since it was picked). */
export class UnreadableFileError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`cannot read the file (${detail})`);
    this.name = 'UnreadableFileError';
  }
}

/**
 * Reads files as UTF-8 text with progress: `onProgress` gets the bytes read of all of them so far.
 * FileReader rather than `file.text()`, which says nothing until it is done — a 50 MB account
 * file takes long enough that a person should see it move. A byte-order mark is dropped by the
 * decoder (https://encoding.spec.whatwg.org/#decode).
 */
export function readFilesWithProgress(files: readonly File[], onProgress: (loaded: number) => void): Promise<string[]> {
  const loaded = files.map(() => 0);
  const report = () => onProgress(loaded.reduce((a, b) => a + b, 0));
  return Promise.all(
    files.map(
      (file, i) =>
        new Promise<string>((resolve, reject) => {
          const reader = new FileReader();
          reader.onprogress = (e) => {
            loaded[i] = e.loaded;
            report();
          };
          reader.onload = () => {
            loaded[i] = file.size;
            report();
            resolve(typeof reader.result === 'string' ? reader.result : '');
          };
          reader.onerror = () => reject(new UnreadableFileError(file.name, reader.error?.message ?? 'unknown error'));
          reader.readAsText(file, 'utf-8');
        }),
    ),
  );
}
