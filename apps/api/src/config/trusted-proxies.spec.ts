import { ConfigError, loadConfig } from './koers-config';

describe('KOERS_TRUSTED_PROXIES', () => {
  it('trusts no proxy by default', () => {
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(loadConfig({ KOERS_TRUSTED_PROXIES: ' ' }).trustedProxies).toEqual([]);
  });

  it('takes addresses, subnets and the range names, comma-separated', () => {
    expect(
      loadConfig({ KOERS_TRUSTED_PROXIES: '10.0.0.1, 172.16.0.0/12,fd00::/8 ,loopback' })
        .trustedProxies,
    ).toEqual(['10.0.0.1', '172.16.0.0/12', 'fd00::/8', 'loopback']);
  });

  it.each(['*', 'true', '10.0.0.0/33', 'proxy.example.nl', '10.0.0.1/8/2', '::1/129'])(
    'stops on %j with one sentence naming the variable and the entry',
    (value) => {
      expect(() => loadConfig({ KOERS_TRUSTED_PROXIES: value })).toThrow(ConfigError);
      expect(() => loadConfig({ KOERS_TRUSTED_PROXIES: value })).toThrow(
        `KOERS_TRUSTED_PROXIES must list IP addresses, subnets such as 10.0.0.0/8, or loopback, linklocal, uniquelocal, separated by commas ("${value}" is none of these).`,
      );
    },
  );
});
