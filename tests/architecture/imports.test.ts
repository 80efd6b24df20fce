// The import graph of shared/, server/ and kiosk/ (issue 9): no circle, and
// the database layer never reaches up into the code that uses it.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')
const PARTS = ['shared', 'server', 'kiosk']

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : []
  })
}

// Static `import … from`, `export … from` and side-effect imports; relative specifiers only.
const SPECIFIER = /^\s*(?:import|export)\b[^'"]*?(?:from\s*)?['"](\.{1,2}\/[^'"]+)['"]/gm

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of PARTS.flatMap(sourceFiles)) {
    const text = readFileSync(join(ROOT, file), 'utf8')
    const targets = [...text.matchAll(SPECIFIER)].map((m) => relative(ROOT, resolve(ROOT, dirname(file), m[1]!)))
    graph.set(file, targets.filter((t) => /\.tsx?$/.test(t)))
  }
  return graph
}

function findCircle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>()
  const path: string[] = []
  const visit = (file: string): string[] | undefined => {
    if (state.get(file) === 'done') return undefined
    if (state.get(file) === 'open') return [...path.slice(path.indexOf(file)), file]
    state.set(file, 'open')
    path.push(file)
    for (const next of graph.get(file) ?? []) {
      const circle = visit(next)
      if (circle) return circle
    }
    path.pop()
    state.set(file, 'done')
    return undefined
  }
  for (const file of graph.keys()) {
    const circle = visit(file)
    if (circle) return circle
  }
  return undefined
}

describe('the import graph', () => {
  const graph = importGraph()

  it('finds the files and their imports', () => {
    expect(graph.get('server/app.ts')).toContain('server/deps.ts')
  })

  it('contains no circle', () => {
    expect(findCircle(graph)).toBeUndefined()
  })

  it('spots a circle when there is one', () => {
    expect(findCircle(new Map([['a.ts', ['b.ts']], ['b.ts', ['a.ts']]]))).toEqual(['a.ts', 'b.ts', 'a.ts'])
  })

  it('keeps server/db/ to itself and shared/', () => {
    const upward = [...graph]
      .filter(([file]) => file.startsWith('server/db/'))
      .flatMap(([file, targets]) => targets.filter((t) => !t.startsWith('server/db/') && !t.startsWith('shared/')).map((t) => `${file} -> ${t}`))
    expect(upward).toEqual([])
  })
})
