import { useSyncExternalStore } from 'react';

/**
 * Whether the page is dark: the app toggles a `dark` class on <html>, which is also what
 * Tailwind's `dark:` variants follow, so React Flow's `colorMode` reads the same switch.
 */
function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}

const isDark = () => document.documentElement.classList.contains('dark');

export function useDarkMode(): boolean {
  return useSyncExternalStore(subscribe, isDark, () => false);
}
