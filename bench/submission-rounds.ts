// The submission rows' measurement: the real server and its bare baseline
// under the same load, in alternating rounds, so that a busy moment on a
// shared machine does not fall on one side only.
import { submissionLoad, type LoadResult } from './submit-load.ts'

export interface Side {
  url: string
  pid: number
  stop(): Promise<unknown>
}

export interface Rounds {
  bare: LoadResult[]
  real: LoadResult[]
}

export async function alternatingRounds(bare: Side, real: Side, rounds: number, seconds: number, seed: number): Promise<Rounds> {
  const load: Rounds = { bare: [], real: [] }
  // A short warm-up each: connections, JIT, the first pages of the database.
  await submissionLoad(bare.url, 2, seed + 1)
  await submissionLoad(real.url, 2, seed + 2)
  for (let round = 0; round < rounds; round++) {
    load.bare.push(await submissionLoad(bare.url, seconds, seed + 10 + round))
    load.real.push(await submissionLoad(real.url, seconds, seed + 20 + round))
  }
  return load
}
