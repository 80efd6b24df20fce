import { describe, expect, it } from 'vitest'
import { QueueFull, WorkQueue } from './work-queue.ts'

describe('the work queue', () => {
  it('runs at most `active` at once, lets `waiting` more wait their turn in order, and refuses the next at once', async () => {
    const queue = new WorkQueue(1, 2)
    const started: number[] = []
    const finish: (() => void)[] = []
    const job = (n: number) =>
      queue.run(async () => {
        started.push(n)
        await new Promise<void>((resolve) => finish.push(resolve))
        return n
      })
    const runs = [job(1), job(2), job(3)]
    await expect(job(4)).rejects.toBeInstanceOf(QueueFull)
    await Promise.resolve()
    expect(started).toEqual([1])
    for (let i = 0; i < 3; i++) {
      finish.shift()!()
      await runs[i]
    }
    expect(started).toEqual([1, 2, 3])
    expect(await Promise.all(runs)).toEqual([1, 2, 3])
    // The slots were all given back.
    const again = job(5)
    await Promise.resolve()
    finish.shift()!()
    expect(await again).toBe(5)
  })
})
