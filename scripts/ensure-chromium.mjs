// Makes sure end-to-end tests have a Chromium: Debian's via apt-get where we can (CI and dev
// machines here, as root), else Playwright's own download (a normal laptop).
import { execSync } from 'node:child_process';
import { chromiumPath } from './chromiumPath.mjs';

const found = chromiumPath();
if (found) {
  console.log(`chromium: using ${found}`);
  process.exit(0);
}
const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
const hasApt = (() => {
  try {
    execSync('command -v apt-get', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (hasApt && isRoot) {
  console.log('chromium: not found; installing Debian chromium with apt-get');
  run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
} else {
  console.log('chromium: not found; installing Playwright chromium');
  run('npx playwright install chromium');
}
const after = chromiumPath();
if (hasApt && isRoot && !after) {
  console.error('chromium: apt-get finished but no chromium binary was found; set CHROMIUM_PATH');
  process.exit(1);
}
console.log(`chromium: now using ${after ?? "Playwright's bundled browser"}`);
