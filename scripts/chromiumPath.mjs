import { existsSync } from 'node:fs';

/**
 * Where a usable Chromium lives. Playwright cannot download its own browser on our machines, so we
 * prefer Debian's (`/usr/lib/chromium/chromium` skips the noisy wrapper script); CHROMIUM_PATH
 * overrides; `undefined` means "Playwright's own", as on a normal laptop.
 */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => p && existsSync(p));
}

/** Flags for a headless Chromium on these machines: root needs --no-sandbox; no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
