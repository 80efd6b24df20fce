// Alert targets must not reach into the centre's own network unless the
// operator allows it (NOTIFY_ALLOW_PRIVATE_TARGETS=1): an admin account
// could otherwise make the server call internal services (SSRF). A channel's
// target is checked when it is saved and before each attempt, and the
// attempt itself connects only to the public addresses its name resolves to
// at that moment (publicOnlyLookup): a name that answers a public address
// to the check and a private one to the connection (DNS rebinding) reaches
// nothing.
import { lookup as resolve } from 'node:dns'
import { lookup } from 'node:dns/promises'
import { BlockList, isIP, type LookupFunction } from 'node:net'

const PRIVATE = new BlockList()
// Every IPv4 range that is not the public internet's (RFC 6890), and the
// IPv6 ones, including those that carry an IPv4 address inside (IPv4-
// compatible and -translated, NAT64), which some stacks route to it. An
// IPv4-mapped address (::ffff:a.b.c.d) is the IPv4 one: BlockList checks it
// against the IPv4 ranges itself.
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv4')
}
for (const [net, prefix] of [
  ['::', 96],
  ['::ffff:0:0:0', 96],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv6')
}

export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return PRIVATE.check(mapped[1]!, 'ipv4')
  const family = isIP(address)
  if (family === 0) return false
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6')
}

/** Whether a URL's host is loopback or private, by its literal or by what it resolves to. */
export async function isPrivateTarget(url: string): Promise<boolean> {
  // A name may end in the root's dot (localhost.): the same name.
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase()
  if (host === 'localhost' || host.endsWith('.localhost')) return true
  if (isIP(host)) return isPrivateAddress(host)
  try {
    const addresses = await lookup(host, { all: true })
    return addresses.some((a) => isPrivateAddress(a.address))
  } catch {
    // A name that does not resolve is not refused here: the attempt fails and is retried.
    return false
  }
}

type Resolve = (hostname: string, options: { all: true; family?: number }, callback: (err: NodeJS.ErrnoException | null, addresses: { address: string; family: number }[]) => void) => void

/**
 * A lookup for the connection of an attempt (net.connect's `lookup`): the
 * name's addresses as the resolver answers now, refused when any of them is
 * loopback or private.
 */
export function publicOnlyLookup(resolver: Resolve = resolve): LookupFunction {
  return (hostname, options, callback) => {
    resolver(hostname, { all: true, ...(options.family ? { family: Number(options.family) } : {}) }, (err, addresses) => {
      if (err) return callback(err, '', 0)
      const inside = addresses.find((a) => isPrivateAddress(a.address))
      if (inside) {
        const refused: NodeJS.ErrnoException = new Error(`${hostname} resolves to a private address (${inside.address})`)
        refused.code = 'EPRIVATETARGET'
        return callback(refused, '', 0)
      }
      // net.connect asks for every address when it tries them in turn (autoSelectFamily), else for one.
      if (options.all) return (callback as unknown as (e: null, a: typeof addresses) => void)(null, addresses)
      callback(null, addresses[0]!.address, addresses[0]!.family)
    })
  }
}
