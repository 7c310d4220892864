import { useEffect, type RefObject } from 'react';

/**
 * Opens a native `<dialog>` as a modal while `open` is true (focus trap, Escape and backdrop from the browser).
 * The browser focuses the dialog's first focusable element; one marked `data-autofocus` is focused
 * instead (React's `autoFocus` fires on mount, before the dialog is open, and is lost).
 */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>, open: boolean): void {
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [ref, open]);
}
