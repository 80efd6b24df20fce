import { createServer } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { isPrivateAddress, isPrivateTarget, publicOnlyLookup } from './private-target.ts'

describe('alert targets inside the centre’s network', () => {
  it('include the ranges that carry an IPv4 address inside an IPv6 one, and the reserved IPv4 ranges', () => {
    for (const address of ['127.0.0.1', '::1', '::7f00:1', '::ffff:127.0.0.1', '::ffff:0:7f00:1', '64:ff9b::7f00:1', '198.18.0.1', '192.0.0.8', '239.1.2.3', 'fe80::1', 'fd00::1']) {
      expect(isPrivateAddress(address), address).toBe(true)
    }
    for (const address of ['8.8.8.8', '::ffff:8.8.8.8', '2400:3200::1', '114.114.114.114']) expect(isPrivateAddress(address), address).toBe(false)
  })

  it('include a name written with the root’s dot', async () => {
    expect(await isPrivateTarget('http://localhost./hook')).toBe(true)
    expect(await isPrivateTarget('http://LOCALHOST/hook')).toBe(true)
  })
})

describe('the lookup an attempt connects through', () => {
  type Answer = { address: string; family: number }[]
  const resolving = (answers: Answer[]) => {
    let n = 0
    return (_host: string, _options: object, callback: (err: null, a: Answer) => void) => callback(null, answers[Math.min(n++, answers.length - 1)]!)
  }
  const ask = (lookup: ReturnType<typeof publicOnlyLookup>, all: boolean) =>
    new Promise<{ err: NodeJS.ErrnoException | null; answer: unknown }>((resolve) =>
      lookup('hooks.example.com', { all }, (err: NodeJS.ErrnoException | null, answer: unknown) => resolve({ err, answer })),
    )

  it('refuses a name that answered a public address before and a private one now (DNS rebinding)', async () => {
    const lookup = publicOnlyLookup(resolving([[{ address: '93.184.216.34', family: 4 }], [{ address: '127.0.0.1', family: 4 }]]))
    expect((await ask(lookup, false)).answer).toBe('93.184.216.34')
    const second = await ask(lookup, false)
    expect(second.err?.code).toBe('EPRIVATETARGET')
  })

  it('refuses when any of the addresses is private, and answers them all when asked for all', async () => {
    const mixed = publicOnlyLookup(resolving([[{ address: '93.184.216.34', family: 4 }, { address: '::1', family: 6 }]]))
    expect((await ask(mixed, true)).err?.code).toBe('EPRIVATETARGET')
    const both = [{ address: '93.184.216.34', family: 4 }, { address: '2606:2800:220:1::1', family: 6 }]
    expect((await ask(publicOnlyLookup(resolving([both])), true)).answer).toEqual(both)
  })

  it('keeps a real connection from reaching a loopback server through its name', async () => {
    const server = createServer((_req, res) => res.end('inside'))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    try {
      const outcome = await new Promise<string>((resolve) => {
        const socket = connect({ host: 'localhost', port, family: 4, lookup: publicOnlyLookup() })
        socket.on('connect', () => (socket.destroy(), resolve('connected')))
        socket.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message))
      })
      expect(outcome).toBe('EPRIVATETARGET')
      // The same connection without it reaches the server: the refusal is the lookup's.
      const plain = await new Promise<string>((resolve) => {
        const socket = connect({ host: 'localhost', port, family: 4 })
        socket.on('connect', () => (socket.destroy(), resolve('connected')))
        socket.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message))
      })
      expect(plain).toBe('connected')
    } finally {
      server.close()
    }
  })
})
