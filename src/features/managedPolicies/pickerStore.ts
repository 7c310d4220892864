import { create } from 'zustand';
import type { IdentityRef } from './attachManagedPolicy';

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
