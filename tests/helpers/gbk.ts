// A GBK encoder for tests, built by running Node's own GB18030 decoder
// backwards over every two-byte code: what Excel in China writes when it
// saves "CSV". ASCII stays one byte.
let table: Map<string, number[]> | undefined

export function encodeGbk(text: string): Uint8Array {
  table ??= buildTable()
  const out: number[] = []
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (code < 0x80) out.push(code)
    else {
      const bytes = table.get(ch)
      if (!bytes) throw new Error(`no GBK code for ${ch}`)
      out.push(...bytes)
    }
  }
  return Uint8Array.from(out)
}

function buildTable(): Map<string, number[]> {
  const decoder = new TextDecoder('gb18030')
  const map = new Map<string, number[]>()
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      const ch = decoder.decode(Uint8Array.of(lead, trail))
      if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, [lead, trail])
    }
  }
  return map
}
