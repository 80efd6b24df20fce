// Where the server reads the time; tests hand in a fixed clock.
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }
