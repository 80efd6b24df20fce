// The service worker is an extra, never a requirement: where it is missing or
// blocked (WeChat's in-app browser, private modes) the page uses the network.
// Registered after the page has loaded, so that its install never competes
// with the first view for a weak mobile network.
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return
  const register = () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined)
  if (document.readyState === 'complete') register()
  else addEventListener('load', register, { once: true })
}
