// The service worker is an extra, never a requirement: where it is missing or
// blocked (WeChat's in-app browser, private modes) the page uses the network.
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return
  navigator.serviceWorker.register('/sw.js').catch(() => undefined)
}
