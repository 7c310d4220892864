import { create } from 'zustand';
import type { SwitchOff } from '../model';
import { useScenarioStore } from './scenarioStore';

/**
 * What "what my edit changes" compares against: the document as the scenario opened (the store
 * keeps it), until the person pins the current one. Kept per visit, not saved: a baseline is a
 * question of this session.
 */
interface PinnedBaseline {
  pinned: { document: unknown; at: string } | null;
  pin(): void;
  unpin(): void;
}

export const usePinnedBaseline = create<PinnedBaseline>()((set) => ({
  pinned: null,
  pin: () => set({ pinned: { document: useScenarioStore.getState().document, at: new Date().toLocaleTimeString('en-GB') } }),
  unpin: () => set({ pinned: null }),
}));

/**
 * The policy or statement the Changes tab asks "what if it were switched off" about; null: none.
 * `label` is what the picker showed for it; `identity` what it was (the policy, and the statement's
 * Sid or, without one, its text): once the pointer names something else (an earlier policy or
 * statement deleted, so the indexes moved), nothing is switched off, and `dropped` says what went.
 */
export type PickedSwitchOff = SwitchOff & { label: string; identity: string };

export const useWhatIf = create<{ off: PickedSwitchOff | null; dropped: string | null; set(off: PickedSwitchOff | null): void }>()(
  (set) => ({
    off: null,
    dropped: null,
    set: (off) => set({ off, dropped: null }),
  }),
);

// Another scenario opened: its changes count from how it opened, and nothing of it is switched off.
useScenarioStore.subscribe((state, previous) => {
  if (state.generation !== previous.generation) {
    usePinnedBaseline.setState({ pinned: null });
    useWhatIf.setState({ off: null, dropped: null });
  }
});

/** The baseline now, and how to say it. */
export function useBaseline(): { document: unknown; label: string } {
  const opened = useScenarioStore((s) => s.openedDocument);
  const pinned = usePinnedBaseline((s) => s.pinned);
  return pinned ? { document: pinned.document, label: `as pinned at ${pinned.at}` } : { document: opened, label: 'as it opened' };
}
