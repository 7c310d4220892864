import { useEffect, type RefObject } from 'react';

/** Opens a native `<dialog>` as a modal while `open` is true (focus trap, Escape and backdrop from the browser). */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>, open: boolean): void {
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [ref, open]);
}
