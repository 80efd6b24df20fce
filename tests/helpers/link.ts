// The network between the browser and the server, as a cable a test can
// pull: an HTTP relay in front of the server that can drop requests.
//
// Playwright's context.setOffline() (Chromium's DevTools network emulation)
// is not airtight: a request the outgoing page sends while a navigation
// commits (page.reload() while "offline") can reach the server, and neither
// a request event nor context.route() sees it (Playwright 1.64, Chromium
// 156). Tests that check that nothing arrived while offline open their
// pages through a link and cut it too.
import { createServer, request, type IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'
import type { BrowserContext } from 'playwright-core'

export interface Link {
  /** The server as the browser reaches it through the link. */
  url: string
  /** Drops every request that `refused` picks until restore(); cut for all (the default), the open connections too. */
  cut(refused?: (req: IncomingMessage) => boolean): void
  restore(): void
  close(): Promise<void>
}

export async function openLink(serverUrl: string): Promise<Link> {
  const target = new URL(serverUrl)
  let refused: ((req: IncomingMessage) => boolean) | null = null
  const sockets = new Set<Socket>()
  const relay = createServer((req, res) => {
    // Dropped without an answer, as by a network that is gone.
    if (refused?.(req)) return void req.socket.destroy()
    const upstream = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode!, answer.statusMessage, answer.rawHeaders)
      answer.pipe(res)
    })
    upstream.on('error', () => req.socket.destroy())
    req.pipe(upstream)
  })
  relay.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => relay.listen(0, target.hostname, resolve))
  const { port } = relay.address() as { port: number }
  return {
    url: `${target.protocol}//${target.hostname}:${port}`,
    cut(pick) {
      refused = pick ?? (() => true)
      if (!pick) for (const socket of sockets) socket.destroy()
    },
    restore() {
      refused = null
    },
    close() {
      for (const socket of sockets) socket.destroy()
      return new Promise((resolve) => relay.close(() => resolve()))
    },
  }
}

/** Offline as the page sees it (navigator.onLine, the events) and as the server does (the link cut). */
export async function setOffline(ctx: BrowserContext, link: Link, offline: boolean): Promise<void> {
  if (offline) link.cut()
  else link.restore()
  await ctx.setOffline(offline)
}
