// Work that takes a scarce resource (a thread of libuv's small pool, or
// hundreds of megabytes of decoded pixels) runs at most `active` at a time,
// with `waiting` more queued behind; anything beyond is refused at once
// (QueueFull) for the caller to answer 503 with Retry-After, so a burst
// cannot pile up without bound. Used by the login's password hashing
// (routes/auth.ts) and the photos' decoding (photos/reencode.ts).

export class QueueFull extends Error {
  override name = 'QueueFull'
}

export class WorkQueue {
  #active = 0
  readonly #waiting: (() => void)[] = []

  constructor(
    private readonly active: number,
    private readonly waiting: number,
  ) {}

  /** Runs `work` when a slot is free; throws QueueFull when the queue is full. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.#active >= this.active) {
      if (this.#waiting.length >= this.waiting) throw new QueueFull('Too much work waiting')
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
