// A local HTTP listener standing in for a webhook receiver or a group robot:
// it keeps every request (headers and raw body) and answers what the test
// asks for.
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Received {
  path: string
  headers: IncomingHttpHeaders
  body: string
}

export interface Receiver {
  url: string
  port: number
  received: Received[]
  /** The answer to send next (default 200 {"errcode":0}). */
  answer: { status: number; body: string }
  close(): Promise<void>
}

export async function startReceiver(port = 0): Promise<Receiver> {
  const received: Received[] = []
  const receiver = { received, answer: { status: 200, body: '{"errcode":0,"errmsg":"ok"}' } } as Receiver
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') })
      res.writeHead(receiver.answer.status, { 'content-type': 'application/json' }).end(receiver.answer.body)
    })
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  receiver.port = (server.address() as AddressInfo).port
  receiver.url = `http://127.0.0.1:${receiver.port}`
  receiver.close = () => new Promise((resolve) => server.close(() => resolve()))
  return receiver
}
