/** Deterministic pseudo-unique IDs (AIDA…/AROA…) so `aws:userid` is stable across runs and machines. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function stableId(prefix: string, seed: string, length = 17): string {
  // FNV-1a, re-seeded per character position: not cryptographic, just stable and well spread.
  let out = '';
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  for (let i = 0; out.length < length; i++) {
    h = Math.imul(h ^ (i + 0x9e), 0x01000193) >>> 0;
    out += ALPHABET[h % 32];
  }
  return prefix + out;
}
