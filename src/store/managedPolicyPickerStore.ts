import { create } from 'zustand';

export type IdentityCollection = 'users' | 'groups' | 'roles';

/** A user, group or role of the scenario, by its place in the document. */
export interface IdentityRef {
  collection: IdentityCollection;
  index: number;
}

/** Whether the AWS managed policy picker is open, and for which identity. */
export interface PickerState {
  open: boolean;
  target: IdentityRef | null;
  show(target?: IdentityRef | null): void;
  hide(): void;
}

export const useManagedPolicyPicker = create<PickerState>()((set) => ({
  open: false,
  target: null,
  show: (target = null) => set({ open: true, target }),
  hide: () => set({ open: false }),
}));
