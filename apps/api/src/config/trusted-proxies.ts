import { isIP } from 'node:net';
import { ConfigError } from './config-error';

/** The names Express (proxy-addr) knows for whole address ranges. */
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrSubnet(entry: string): boolean {
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  if (!/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (family === 4 ? 32 : 128);
}

/**
 * KOERS_TRUSTED_PROXIES: the reverse proxies whose X-Forwarded-For (client address) and
 * X-Forwarded-Proto Koers believes, comma-separated: addresses, subnets in CIDR notation
 * (10.0.0.0/8, fd00::/8) or the range names loopback, linklocal, uniquelocal. Empty (the
 * default): no proxy is trusted, and the address a request came from is the client's.
 */
export function parseTrustedProxies(value: string | undefined): string[] {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  for (const entry of entries) {
    if (!RANGE_NAMES.has(entry) && !isAddressOrSubnet(entry)) {
      throw new ConfigError(
        `KOERS_TRUSTED_PROXIES must list IP addresses, subnets such as 10.0.0.0/8, or loopback, linklocal, uniquelocal, separated by commas ("${entry}" is none of these).`,
      );
    }
  }
  return entries;
}
