// The submission rows' measurement: the real server and its bare baseline
// under the same load, in alternating rounds, so that a busy moment on a
// shared machine does not fall on one side only.
import { tmpdir } from 'node:os'
import { cpuMsOf, syncedWriteMs } from './measure.ts'
import { submissionLoad, type LoadResult } from './submit-load.ts'

export interface Side {
  url: string
  pid: number
  stop(): Promise<unknown>
  /** CPU time so far, in milliseconds, of what works for the side outside its process (PostgreSQL's backends). */
  helpersCpuMs?: () => number
}

const cpuOf = (side: Side) => () => cpuMsOf(side.pid) + (side.helpersCpuMs?.() ?? 0)

export interface Rounds {
  bare: LoadResult[]
  real: LoadResult[]
  /** A durable 4 KB write's median time before each pair of rounds, in milliseconds: the disk moves too. */
  syncedWrite: number[]
}

export async function alternatingRounds(bare: Side, real: Side, rounds: number, seconds: number, seed: number): Promise<Rounds> {
  const load: Rounds = { bare: [], real: [], syncedWrite: [] }
  // A short warm-up each: connections, JIT, the first pages of the database.
  await submissionLoad(bare.url, cpuOf(bare), 2, seed + 1)
  await submissionLoad(real.url, cpuOf(real), 2, seed + 2)
  for (let round = 0; round < rounds; round++) {
    load.syncedWrite.push(syncedWriteMs(tmpdir(), 100))
    load.bare.push(await submissionLoad(bare.url, cpuOf(bare), seconds, seed + 10 + round))
    load.real.push(await submissionLoad(real.url, cpuOf(real), seconds, seed + 20 + round))
  }
  return load
}
