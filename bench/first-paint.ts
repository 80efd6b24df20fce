// The store page on a weak phone (issue 12): headless Chromium at 360 × 740
// with the 3G profile the issue names (300 ms latency, 400 kbps both ways)
// and a 4× slower CPU, through the DevTools protocol. The server-rendered
// page is compared with the client-rendered one (the same build's empty
// shell, which fetches the store and categories and then draws) in the same
// run. Both documents are answered through page.route, so neither pays the
// emulated network for its HTML; what differs is everything after it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { median } from './measure.ts'

export interface PaintTimes {
  /** First contentful paint with the notices on screen, ms from navigation start. */
  noticesMs: number
  /** The form on screen with its handlers attached (html[data-ready] and #form), ms. */
  readyMs: number
}

// Polled every frame from before the page's own code runs (an init script
// goes through the DevTools protocol, which the page's CSP does not govern).
const WATCH = `(() => {
  const w = window
  const look = () => {
    if (w.__noticesAt === undefined && document.querySelector('.notices article')) w.__noticesAt = performance.now()
    if (w.__readyAt === undefined && document.documentElement.hasAttribute('data-ready') && document.getElementById('form')) w.__readyAt = performance.now()
    if (w.__noticesAt === undefined || w.__readyAt === undefined) requestAnimationFrame(look)
  }
  requestAnimationFrame(look)
})()`

async function once(browser: Browser, url: string, html: string): Promise<PaintTimes> {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, locale: 'zh-CN', serviceWorkers: 'block' })
  try {
    const page = await ctx.newPage()
    await page.addInitScript(WATCH)
    await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }))
    const cdp = await ctx.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 300,
      downloadThroughput: (400 * 1024) / 8,
      uploadThroughput: (400 * 1024) / 8,
    })
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await page.goto(url)
    await page.waitForFunction(() => {
      const w = window as unknown as { __noticesAt?: number; __readyAt?: number }
      return w.__noticesAt !== undefined && w.__readyAt !== undefined
    }, undefined, { timeout: 60_000 })
    return await page.evaluate(() => {
      const w = window as unknown as { __noticesAt: number; __readyAt: number }
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0
      return { noticesMs: Math.max(fcp, w.__noticesAt), readyMs: w.__readyAt }
    })
  } finally {
    await ctx.close()
  }
}

/** Medians of `rounds` alternating loads of the server-rendered and the client-rendered store page. */
export async function storePagePaint(browser: Browser, baseUrl: string, storeCode: string, distDir: string, rounds: number) {
  const url = `${baseUrl}/s/${storeCode}`
  const shell = readFileSync(join(distDir, 'index.html'), 'utf8')
  const ssr: PaintTimes[] = []
  const client: PaintTimes[] = []
  for (let i = 0; i < rounds; i++) {
    // A fresh render each round: the page carries a new form id every time.
    ssr.push(await once(browser, url, await (await fetch(url)).text()))
    client.push(await once(browser, url, shell))
  }
  const pick = (xs: PaintTimes[], k: keyof PaintTimes) => median(xs.map((x) => x[k]))
  return {
    ssr: { noticesMs: pick(ssr, 'noticesMs'), readyMs: pick(ssr, 'readyMs') },
    client: { noticesMs: pick(client, 'noticesMs'), readyMs: pick(client, 'readyMs') },
  }
}
