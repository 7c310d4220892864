import { useEffect, useState } from 'react';
import { loadAwsManagedPolicyCatalog } from '../../data/awsManagedPolicies';
import type { ManagedPolicyCatalog } from '../../model';
import type { EditorTab } from '../../store/uiStore';

export type CatalogState =
  { status: 'idle' | 'loading' } | { status: 'ready'; catalog: ManagedPolicyCatalog } | { status: 'failed'; message: string };

/**
 * The AWS managed policy catalog (a separate ~450 KB gzip chunk), loaded only once a tab shows one
 * of its policies. The loader is memoized, so asking again is free.
 */
export function useAwsManagedCatalog(tabs: readonly EditorTab[]): CatalogState {
  const needed = tabs.some((t) => t.arn !== undefined);
  const [state, setState] = useState<CatalogState>({ status: 'idle' });
  useEffect(() => {
    if (!needed) return;
    let live = true;
    loadAwsManagedPolicyCatalog().then(
      (catalog) => live && setState({ status: 'ready', catalog }),
      (e: unknown) => live && setState({ status: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [needed]);
  return needed && state.status === 'idle' ? { status: 'loading' } : state;
}
