/**
 * Makes the test environment a browser with Global Privacy Control switched on: the page sees
 * `navigator.globalPrivacyControl === true` and every request carries `Sec-GPC: 1`, which a real
 * browser adds itself on the network (page scripts cannot set it). Returns the way back.
 */
export function becomeGpcBrowser(): () => void {
  const original = globalThis.fetch;
  Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    request.headers.set('Sec-GPC', '1');
    return original(request);
  };
  return () => {
    globalThis.fetch = original;
    Reflect.deleteProperty(navigator, 'globalPrivacyControl');
  };
}
