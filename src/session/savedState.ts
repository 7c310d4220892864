import { useLibraryStore } from '../store/libraryStore';

/**
 * What IndexedDB holds for the open scenario, as JSON: autosave skips a save that would write the
 * same thing, and a save from another tab that matches it is not news. Kept in the library store so
 * the session has no hidden module state.
 */
export function savedJson(): string {
  return useLibraryStore.getState().savedJson;
}

export function rememberSaved(json: string): void {
  useLibraryStore.setState({ savedJson: json });
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
