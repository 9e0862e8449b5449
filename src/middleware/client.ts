import { TrustedProxies } from '~/lib/client-address';

let trusted: { spec: string | undefined; proxies: TrustedProxies } | undefined;

/** TRUSTED_PROXIES parsed once (and again only if the setting changes, as in tests). */
export const trustedProxies = (spec: string | undefined): TrustedProxies => {
  const current = trusted && trusted.spec === spec ? trusted : (trusted = { spec, proxies: new TrustedProxies(spec) });
  return current.proxies;
};
