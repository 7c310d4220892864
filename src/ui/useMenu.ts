import { useEffect, type RefObject } from 'react';

/**
 * A menu button's menu, closing and moving as menus do (https://www.w3.org/WAI/ARIA/apg/patterns/menu-button/):
 * Escape closes it and puts focus back on its button, a click elsewhere closes it, the arrow keys,
 * Home and End move between its enabled items. `container` holds the button and the menu; `close`
 * must be stable (a `useCallback`), or the menu would take focus again on every render.
 */
export function useMenu(
  container: RefObject<HTMLElement | null>,
  open: boolean,
  close: () => void,
  options: { focusFirst?: boolean } = {},
): void {
  const { focusFirst = false } = options;
  useEffect(() => {
    if (!open) return;
    const root = container.current;
    const items = () => [...(root?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])') ?? [])];
    if (focusFirst) items()[0]?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        close();
        root?.querySelector<HTMLElement>('[aria-haspopup="menu"]')?.focus();
        return;
      }
      const list = items();
      const at = list.indexOf(document.activeElement as HTMLElement);
      const next =
        e.key === 'ArrowDown'
          ? (at + 1) % list.length
          : e.key === 'ArrowUp'
            ? (at - 1 + list.length) % list.length
            : e.key === 'Home'
              ? 0
              : e.key === 'End'
                ? list.length - 1
                : null;
      if (next === null || list.length === 0 || !root?.contains(document.activeElement)) return;
      e.preventDefault();
      list[next]?.focus();
    };
    const onDown = (e: PointerEvent) => {
      if (!root?.contains(e.target as Node)) close();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onDown, true);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onDown, true);
    };
  }, [container, open, close, focusFirst]);
}
