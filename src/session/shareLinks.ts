import { permissiveCatalog, restoreScenario } from '../model';
import { decodeShareHash, encodeShareHash, isShareHash } from '../persistence/shareLink';
import { useLibraryStore } from '../store/libraryStore';
import { currentRestored } from '../store/restoredScenario';
import { useScenarioStore } from '../store/scenarioStore';
import { createScenario } from './library';
import { rememberSaved } from './savedState';

/** Share links: open one (from the address or a later hash change), keep a copy, make one. */

export function openSharedLink(hash: string): void {
  const decoded = decodeShareHash(hash);
  if (!decoded.ok) {
    useLibraryStore.getState().notify({ tone: 'error', text: `This share link cannot be opened: ${decoded.message}. Nothing was loaded.` });
    return;
  }
  const restored = restoreScenario(decoded.payload, permissiveCatalog);
  if (!restored.ok) {
    const first = restored.errors[0];
    useLibraryStore.getState().notify({
      tone: 'error',
      text: `This share link holds an invalid scenario (${first?.path || '/'}: ${first?.message}). Nothing was loaded.`,
    });
    return;
  }
  // A shared scenario is shown, never saved over the user's own: they choose to keep a copy.
  rememberSaved('');
  useScenarioStore.getState().open(null, restored.scenario);
  useLibraryStore.setState({ origin: 'shared' });
}

/** The share link in the address when the page opened, if there is one. */
export function shareHashAtStart(): string | null {
  return isShareHash(location.hash) ? location.hash : null;
}

/** Opens every share link pasted into the address of an open page. */
export function followShareLinks(): () => void {
  const onHash = () => {
    if (isShareHash(location.hash)) openSharedLink(location.hash);
  };
  window.addEventListener('hashchange', onHash);
  return () => window.removeEventListener('hashchange', onHash);
}

export async function saveSharedCopy(): Promise<void> {
  const { document } = useScenarioStore.getState();
  history.replaceState(null, '', location.pathname + location.search);
  await createScenario(document, currentRestored().scenario.title ?? 'Shared scenario');
  useLibraryStore.getState().notify({ tone: 'success', text: 'Saved a copy to your scenarios.' });
}

export function shareUrl(): string {
  return `${location.origin}${location.pathname}${encodeShareHash(useScenarioStore.getState().document)}`;
}
