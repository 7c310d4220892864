import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreScenario } from '../../src/model';
import { decodeShareHash, encodeShareHash, isShareHash } from '../../src/persistence/shareLink';
import { deflateSync, strToU8 } from 'fflate';

const example = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../src/examples/library/10-bucket-policy-cross-account.json'), 'utf8'),
) as unknown;

describe('share links', () => {
  it('round-trip a scenario exactly, with a version marker, in a compact hash', () => {
    const hash = encodeShareHash(example);
    expect(hash).toMatch(/^#s1\/[A-Za-z0-9_-]+$/);
    expect(hash.length).toBeLessThan(JSON.stringify(example).length / 2);
    const decoded = decodeShareHash(hash);
    expect(decoded).toEqual({ ok: true, payload: example });
    expect(isShareHash(hash)).toBe(true);
    expect(isShareHash('#/something')).toBe(false);
  });

  it('say so when a link is cut off', () => {
    const hash = encodeShareHash(example);
    const decoded = decodeShareHash(hash.slice(0, Math.floor(hash.length * 0.6)));
    expect(decoded.ok).toBe(false);
    expect(decoded.ok ? '' : decoded.message).toMatch(/cut off|incomplete|corrupted/);
  });

  it.each([
    ['#s1/', /empty/],
    ['#s1/@@@notbase64', /corrupted/],
    ['#s1/AAAAAAAA', /corrupted|cut off|incomplete/],
    ['#s9/abc', /newer IAM Playground/],
    ['#nothing', /does not contain a scenario/],
  ])('refuse %s with a clear message', (hash, message) => {
    const decoded = decodeShareHash(hash);
    expect(decoded.ok).toBe(false);
    expect(decoded.ok ? '' : decoded.message).toMatch(message);
  });

  it('refuse a decompression bomb', () => {
    const bomb = deflateSync(new Uint8Array(20_000_000), { level: 9 });
    let b64 = btoa(String.fromCharCode(...bomb));
    b64 = b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    const decoded = decodeShareHash(`#s1/${b64}`);
    expect(decoded.ok ? '' : decoded.message).toMatch(/more than 5 MB/);
  });

  it('hand hostile payloads to restoreScenario, which refuses them without harm', () => {
    const hostile = `{"format":"iam-playground/scenario","version":1,"__proto__":{"polluted":1},"title":"<img src=x onerror=alert(1)>"}`;
    const bytes = deflateSync(strToU8(hostile));
    const hash = `#s1/${btoa(String.fromCharCode(...bytes))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '')}`;
    const decoded = decodeShareHash(hash);
    if (!decoded.ok) throw new Error(decoded.message);
    expect(restoreScenario(decoded.payload).ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuse a scenario nested too deep, saying so, before anything recursive reads it', () => {
    const deep = `{"format":"iam-playground/scenario","version":1,"title":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const b64 = btoa(String.fromCharCode(...deflateSync(strToU8(deep))))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    expect(decodeShareHash(`#s1/${b64}`)).toEqual({
      ok: false,
      message: "the link's scenario is nested deeper than 64 levels; refusing to open it",
    });
  });
});
