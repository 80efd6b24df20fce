// Password hashing (scrypt, ~70 ms of CPU) runs on libuv's small thread
// pool, the same four threads the sqlite3 driver uses for every query. A
// burst of logins hashing all at once would starve the public pages' reads
// (issue 13 measured a store page at 24.6 s during 400 logins), so at most
// ACTIVE hashes run together, WAITING more queue behind them, and anything
// beyond is refused at once for the caller to answer 503 with Retry-After.

export const ACTIVE = 2
export const WAITING = 8

export class HashQueueFull extends Error {
  override name = 'HashQueueFull'
}

export class HashQueue {
  #active = 0
  readonly #waiting: (() => void)[] = []

  constructor(
    private readonly active = ACTIVE,
    private readonly waiting = WAITING,
  ) {}

  /** Runs `work` when a slot is free; throws HashQueueFull when the queue is full. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.#active >= this.active) {
      if (this.#waiting.length >= this.waiting) throw new HashQueueFull('Too many passwords being checked')
      await new Promise<void>((resolve) => this.#waiting.push(resolve))
    } else {
      this.#active++
    }
    try {
      return await work()
    } finally {
      // The slot passes straight to the next in line, or is given back.
      const next = this.#waiting.shift()
      if (next) next()
      else this.#active--
    }
  }
}
