import { memo } from './resolved';
import { compileStatic } from './staticValues';
import type { Family, Scalar } from './types';

/**
 * IP address operators: IpAddress / NotIpAddress with IPv4 or IPv6 values in CIDR form
 * (203.0.113.0/24, 2001:DB8:1234:5678::/64); an address without a prefix means /32 (IPv4) or /128
 * (IPv6). Policy variables are not supported.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress
 *
 * Addresses are parsed into 32-bit words, so every spelling of an IPv6 address (`::`, leading
 * zeros, upper or lower case, an embedded dotted IPv4 tail) compares equal. IPv4 and IPv6 are
 * separate families: 0.0.0.0/0 covers every IPv4 address and no IPv6 address (AWS: "all IPv6
 * addresses are outside of" an IPv4-only range), and ::/0 covers every IPv6 address and no IPv4
 * address. An IPv4-mapped IPv6 address (::ffff:192.0.2.1) is an IPv6 address.
 * https://docs.aws.amazon.com/privateca/latest/userguide/using-ipv6-iam.html
 * A CIDR with host bits set (10.1.2.3/8) is read as its network (10.0.0.0/8). Zone indices
 * (fe80::1%eth0) are not accepted.
 */
export interface IpAddress {
  v6: boolean;
  /** One word for IPv4, four for IPv6, most significant first. */
  words: number[];
}

export interface Cidr extends IpAddress {
  masks: number[];
}

const V4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const GROUP = /^[0-9a-fA-F]{1,4}$/;

function parseV4(text: string): number | null {
  const m = V4.exec(text);
  if (!m) return null;
  let word = 0;
  for (let i = 1; i <= 4; i++) {
    const octet = Number(m[i]);
    if (octet > 255) return null;
    word = word * 256 + octet;
  }
  return word;
}

function groupsOf(text: string): number[] | null {
  if (text === '') return [];
  const out: number[] = [];
  for (const g of text.split(':')) {
    if (!GROUP.test(g)) return null;
    out.push(parseInt(g, 16));
  }
  return out;
}

function parseV6(text: string): number[] | null {
  let body = text;
  let tail: number[] = [];
  const lastColon = body.lastIndexOf(':');
  const last = body.slice(lastColon + 1);
  if (last.includes('.')) {
    // An embedded IPv4 tail (::ffff:192.0.2.1, 64:ff9b::192.0.2.1) fills the last two groups.
    const v4 = parseV4(last);
    if (v4 === null) return null;
    tail = [Math.floor(v4 / 65536), v4 % 65536];
    body = body.slice(0, lastColon + 1);
    if (!body.endsWith('::')) body = body.slice(0, -1);
  }
  const halves = body.split('::');
  if (halves.length > 2) return null;
  let groups: number[];
  if (halves.length === 2) {
    const head = groupsOf(halves[0]!);
    const rest = groupsOf(halves[1]!);
    if (!head || !rest) return null;
    const fill = 8 - head.length - rest.length - tail.length;
    if (fill < 1) return null; // `::` stands for one or more groups of zeros
    groups = [...head, ...Array.from({ length: fill }, () => 0), ...rest, ...tail];
  } else {
    const all = groupsOf(body);
    if (!all) return null;
    groups = [...all, ...tail];
    if (groups.length !== 8) return null;
  }
  const words: number[] = [];
  for (let i = 0; i < 8; i += 2) words.push(groups[i]! * 65536 + groups[i + 1]!);
  return words;
}

export function parseIp(text: string): IpAddress | null {
  if (text.includes(':')) {
    const words = parseV6(text);
    return words ? { v6: true, words } : null;
  }
  const word = parseV4(text);
  return word === null ? null : { v6: false, words: [word] };
}

export function parseCidr(text: string): Cidr | null {
  const slash = text.indexOf('/');
  const addr = parseIp(slash < 0 ? text : text.slice(0, slash));
  if (!addr) return null;
  const max = addr.v6 ? 128 : 32;
  let prefix = max;
  if (slash >= 0) {
    const p = text.slice(slash + 1);
    if (!/^\d{1,3}$/.test(p) || Number(p) > max) return null;
    prefix = Number(p);
  }
  const masks = addr.words.map((_, i) => {
    const bits = Math.min(32, Math.max(0, prefix - 32 * i));
    return bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  });
  return { v6: addr.v6, masks, words: addr.words.map((w, i) => (w & masks[i]!) >>> 0) };
}

export function cidrContains(cidr: Cidr, addr: IpAddress): boolean {
  if (cidr.v6 !== addr.v6) return false;
  for (let i = 0; i < cidr.words.length; i++) if ((addr.words[i]! & cidr.masks[i]!) >>> 0 !== cidr.words[i]) return false;
  return true;
}

const parseRequestText = memo(parseIp);
const parseRequest = (v: Scalar): IpAddress | null => (typeof v === 'string' ? parseRequestText(v) : null);

export const ipAddress: Family = {
  phrases: { yes: 'is in', no: 'is not in' },
  compile: (values) =>
    compileStatic<Cidr, IpAddress>(
      {
        parsePolicy: (v) => (typeof v === 'string' ? parseCidr(v) : null),
        badPolicy: 'is not an IP address or CIDR range',
        parseRequest,
        badRequest: 'is not an IP address',
        test: cidrContains,
      },
      values,
    ),
};
