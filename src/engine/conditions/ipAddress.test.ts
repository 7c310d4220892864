import { describe, expect, it } from 'vitest';
import type { ConditionValue } from '../../model';
import { parseCidr, parseIp } from './ipAddress';
import { contextWith, evaluateOne } from './testing';
import type { ContextValue } from './types';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress
describe('IP address condition operators', () => {
  const rows: [string, ConditionValue, ContextValue, boolean][] = [
    ['IpAddress', '10.0.0.0/8', '10.1.2.3', true],
    ['IpAddress', '10.0.0.0/8', '11.0.0.1', false],
    ['IpAddress', '203.0.113.0/24', '203.0.113.255', true],
    ['IpAddress', '203.0.113.0/24', '203.0.114.0', false],
    ['IpAddress', '192.0.2.1', '192.0.2.1', true],
    ['IpAddress', '192.0.2.1', '192.0.2.2', false],
    ['IpAddress', '192.0.2.1/32', '192.0.2.1', true],
    ['IpAddress', '0.0.0.0/0', '8.8.8.8', true],
    ['IpAddress', '0.0.0.0/0', '2001:db8::1', false],
    ['IpAddress', '::/0', '2001:db8::1', true],
    ['IpAddress', '::/0', '::', true],
    ['IpAddress', '::/0', '1.2.3.4', false],
    ['IpAddress', '10.1.2.3/8', '10.9.9.9', true],
    ['IpAddress', '10.0.0.0/31', '10.0.0.1', true],
    ['IpAddress', '10.0.0.0/31', '10.0.0.2', false],
    ['IpAddress', ['203.0.113.0/24', '2001:DB8:1234:5678::/64'], '2001:db8:1234:5678::9', true],
    ['IpAddress', ['203.0.113.0/24', '2001:DB8:1234:5678::/64'], '198.51.100.7', false],
    // IPv6 spellings of one address compare equal
    ['IpAddress', '2001:DB8:1234:5678::/64', '2001:db8:1234:5678:abcd::1', true],
    ['IpAddress', '2001:DB8:1234:5678::/64', '2001:db8:1234:5679::1', false],
    ['IpAddress', '2001:db8::1', '2001:0db8:0000:0000:0000:0000:0000:0001', true],
    ['IpAddress', '2001:db8::1', '2001:DB8:0:0:0:0:0:1', true],
    ['IpAddress', '2001:0DB8::0001', '2001:db8::1', true],
    ['IpAddress', '2001:db8::1', '2001:db8::2', false],
    ['IpAddress', '::ffff:192.0.2.1', '::ffff:c000:201', true],
    ['IpAddress', '::ffff:c000:0/112', '::ffff:192.0.2.77', true],
    ['IpAddress', '::ffff:c000:0/120', '::ffff:192.0.2.77', false],
    ['IpAddress', '::ffff:192.0.2.1', '192.0.2.1', false],
    ['IpAddress', '64:ff9b::/96', '64:ff9b::198.51.100.7', true],
    ['IpAddress', '::1', '0:0:0:0:0:0:0:1', true],
    ['IpAddress', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:0.7.0.8', true],
    // invalid policy or request values never match
    ['IpAddress', '2001:db8:::1', '2001:db8::1', false],
    ['IpAddress', '10.0.0.0/33', '10.0.0.1', false],
    ['IpAddress', '256.0.0.1', '256.0.0.1', false],
    ['IpAddress', '2001:db8::/129', '2001:db8::1', false],
    ['IpAddress', '10.0.0.0/8', 'banana', false],
    ['IpAddress', '10.0.0.0/8', 10, false],
    ['IpAddress', 'fe80::1', 'fe80::1%eth0', false],
    ['NotIpAddress', '10.0.0.0/8', '10.1.1.1', false],
    ['NotIpAddress', '10.0.0.0/8', '11.1.1.1', true],
    ['NotIpAddress', ['10.0.0.0/8', '192.168.0.0/16'], '192.168.1.1', false],
    ['NotIpAddress', ['10.0.0.0/8', '192.168.0.0/16'], '172.16.0.1', true],
    ['NotIpAddress', '192.0.2.0/24', '2001:db8::1', true],
    ['NotIpAddress', '2001:db8::/32', '2001:DB8:0::5', false],
  ];
  it.each(rows)('%s %j against %j → %s', (operator, policy, value, expected) => {
    expect(evaluateOne(operator, 'aws:SourceIp', policy, contextWith('aws:SourceIp', value)).matched).toBe(expected);
  });

  it.each([
    ['::', [0, 0, 0, 0]],
    ['::1', [0, 0, 0, 1]],
    ['1::', [0x10000, 0, 0, 0]],
    ['::ffff:1.2.3.4', [0, 0, 0xffff, 0x01020304]],
    ['::1.2.3.4', [0, 0, 0, 0x01020304]],
    ['ABCD:ef01::', [0xabcdef01, 0, 0, 0]],
    ['1:2:3:4:5:6:7:8', [0x10002, 0x30004, 0x50006, 0x70008]],
    ['1:2:3:4:5::1.2.3.4', [0x10002, 0x30004, 0x50000, 0x01020304]],
  ])('parses %s', (text, words) => expect(parseIp(text)).toEqual({ v6: true, words }));

  it.each([
    '',
    ':',
    ':::',
    '1::2::3',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7:8::',
    '12345::',
    'g::1',
    ':1.2.3.4',
    '1.2.3',
    '1.2.3.4.5',
    '01.2.3.256',
    '::1.2.3',
  ])('rejects %j', (text) => expect(parseIp(text)).toBeNull());

  it('masks host bits of a CIDR', () => {
    expect(parseCidr('10.1.2.3/8')).toEqual({ v6: false, words: [0x0a000000], masks: [0xff000000] });
    expect(parseCidr('2001:db8::1/33')?.masks).toEqual([0xffffffff, 0x80000000, 0, 0]);
  });

  it('reads like the docs', () => {
    const r = evaluateOne('IpAddress', 'aws:SourceIp', '10.0.0.0/8', { 'aws:SourceIp': '198.51.100.7' });
    expect(r.reason).toBe('IpAddress: aws:SourceIp `198.51.100.7` is not in 10.0.0.0/8');
  });
});
