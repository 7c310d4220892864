import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import { parseJson, TOO_DEEP_MESSAGE } from '../model';

/**
 * Share links carry the whole scenario in the URL hash: `#s1/<base64url(deflate-raw(JSON))>`.
 * `s1` is the link format version; a later format gets `s2/…` and keeps reading `s1`.
 * Only this module and the app's hash handling touch `location.hash`.
 */
export const SHARE_PREFIX = 's1/';
const MAX_LINK_CHARS = 2_000_000;
const MAX_JSON_BYTES = 5_000_000;

export type DecodedLink = { ok: true; payload: unknown } | { ok: false; message: string };

export function encodeShareHash(scenario: unknown): string {
  const bytes = deflateSync(strToU8(JSON.stringify(scenario)), { level: 9 });
  return `#${SHARE_PREFIX}${toBase64Url(bytes)}`;
}

/** Whether a hash looks like a share link at all (of any version). */
export function isShareHash(hash: string): boolean {
  return /^#s\d+\//.test(hash);
}

export function decodeShareHash(hash: string): DecodedLink {
  const body = hash.replace(/^#/, '');
  const version = /^s(\d+)\//.exec(body);
  if (!version) return { ok: false, message: 'this link does not contain a scenario' };
  if (version[1] !== '1')
    return { ok: false, message: `this link was made by a newer IAM Playground (link format s${version[1]}); this one reads s1` };
  const data = body.slice(SHARE_PREFIX.length);
  if (data.length === 0) return { ok: false, message: 'the link is empty: it may have been cut off when it was copied' };
  if (data.length > MAX_LINK_CHARS) return { ok: false, message: 'the link is too long to be a scenario' };
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(data);
  } catch {
    return { ok: false, message: 'the link is corrupted: it contains characters a share link never has' };
  }
  const inflated = inflateLimited(bytes, MAX_JSON_BYTES);
  if (!inflated.ok) return inflated;
  let text: string;
  try {
    text = strFromU8(inflated.bytes);
  } catch {
    return { ok: false, message: 'the link is corrupted: its contents are not text' };
  }
  const parsed = parseJson(text);
  if (parsed.ok) return { ok: true, payload: parsed.value };
  // A link nobody's app made, built to exhaust the stack of whatever reads it next.
  if (parsed.errors[0]?.message === TOO_DEEP_MESSAGE)
    return { ok: false, message: `the link's scenario is ${TOO_DEEP_MESSAGE}; refusing to open it` };
  return { ok: false, message: 'the link is corrupted or was cut off: its scenario is not complete JSON' };
}

/** Inflates, refusing output beyond `limit` bytes (a small link must not expand into gigabytes). */
function inflateLimited(bytes: Uint8Array, limit: number): { ok: true; bytes: Uint8Array } | { ok: false; message: string } {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooBig = false;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > limit) tooBig = true;
    else chunks.push(chunk);
    if (final) finished = true;
  });
  try {
    inflater.push(bytes, true);
  } catch {
    return { ok: false, message: 'the link is corrupted: its data does not decompress (was it cut off?)' };
  }
  if (tooBig) return { ok: false, message: 'the link expands to more than 5 MB; refusing to open it' };
  if (!finished) return { ok: false, message: 'the link is incomplete: it was probably cut off when copied' };
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return { ok: true, bytes: out };
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(b64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
