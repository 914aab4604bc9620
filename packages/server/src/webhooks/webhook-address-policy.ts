import { BlockList, isIP } from 'node:net';

/** Where the server may send webhooks: the operator's choice, never a tenant's. */
export interface WebhookAddressOptions {
  /**
   * Development only: allow `http:` URLs to a loopback host (`localhost`, `127.0.0.1`, `[::1]`)
   * and deliveries to loopback addresses. Default false.
   */
  readonly allowLoopback?: boolean;
  /**
   * Private ranges deliveries may reach anyway, in CIDR notation (`10.20.0.0/16`, `fd00:1::/64`):
   * an ERP inside the operator's network. Default none.
   */
  readonly allowedPrivateRanges?: readonly string[];
}

/** IPv4 ranges that are not the public internet (RFC 6890 and friends). */
const PRIVATE_V4: ReadonlyArray<[string, number]> = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata (169.254.169.254)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];
const PRIVATE_V6: ReadonlyArray<[string, number]> = [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96], // NAT64: reaches IPv4 addresses, private ones included
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10],
  ['ff00::', 8],
];

const privateRanges = new BlockList();
for (const [network, prefix] of PRIVATE_V4) privateRanges.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of PRIVATE_V6) privateRanges.addSubnet(network, prefix, 'ipv6');

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

/** `::ffff:10.0.0.1` is 10.0.0.1: judge mapped addresses by the IPv4 address they reach. */
function unmapped(address: string): { address: string; type: 'ipv4' | 'ipv6' } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return { address: mapped[1]!, type: 'ipv4' };
  if (/^::ffff:[0-9a-f]{1,4}:[0-9a-f]{1,4}$/i.test(address)) {
    const [high, low] = address.slice(7).split(':').map((part) => parseInt(part, 16)) as [number, number];
    return { address: [high >> 8, high & 255, low >> 8, low & 255].join('.'), type: 'ipv4' };
  }
  return { address, type: isIP(address) === 6 ? 'ipv6' : 'ipv4' };
}

function parseRange(range: string): [string, number, 'ipv4' | 'ipv6'] {
  const [network = '', prefixText] = range.split('/');
  const version = isIP(network);
  const prefix = prefixText === undefined ? (version === 6 ? 128 : 32) : Number(prefixText);
  if (version === 0 || !Number.isInteger(prefix) || prefix < 0 || prefix > (version === 6 ? 128 : 32)) {
    throw new TypeError(`allowedPrivateRanges: “${range}” is not an address range such as 10.20.0.0/16`);
  }
  return [network, prefix, version === 6 ? 'ipv6' : 'ipv4'];
}

/** Decides which URLs may be registered and which addresses a delivery may connect to. */
export class WebhookAddressPolicy {
  private readonly allowed = new BlockList();

  constructor(readonly options: WebhookAddressOptions = {}) {
    for (const range of options.allowedPrivateRanges ?? []) this.allowed.addSubnet(...parseRange(range));
  }

  /** Why a delivery may not connect to this resolved address, or `undefined` when it may. */
  refusal(ip: string): string | undefined {
    const { address, type } = unmapped(ip);
    if (this.allowed.check(address, type)) return undefined;
    if (loopback.check(address, type)) return this.options.allowLoopback ? undefined : `${ip} is a loopback address`;
    if (privateRanges.check(address, type)) return `${ip} is in a private or reserved address range`;
    return undefined;
  }

  /** Why this URL may not be registered (checked again, by address, at every delivery). */
  urlRefusal(url: URL): string | undefined {
    if (url.username || url.password) return 'must not carry a user name or password';
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const literal = isIP(host) !== 0;
    const isLoopbackHost = literal ? loopback.check(unmapped(host).address, unmapped(host).type) : /^localhost\.?$/i.test(host);
    if (url.protocol === 'http:') {
      if (!(this.options.allowLoopback && isLoopbackHost)) return 'must use https: (http: only to a loopback host in development)';
    } else if (url.protocol !== 'https:') {
      return 'must use https:';
    }
    if (literal) return this.refusal(host);
    if (isLoopbackHost && !this.options.allowLoopback) return `${host} is a loopback host`;
    return undefined;
  }
}
