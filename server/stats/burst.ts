// The burst flag: a store whose submissions today far exceed its own normal
// level — a coordinated complaint or a spam run — so staff look before
// trusting its numbers. Rule: today's count ≥ max(5, 4 × the store's mean
// daily count over the 28 days before today).

/** No store bursts with fewer submissions in a day: readers look for bursts among the stores this busy. */
export const BURST_MIN = 5
const BURST_FACTOR = 4
const BURST_BASELINE_DAYS = 28

export function burstBaseline(prior28: number): number {
  return prior28 / BURST_BASELINE_DAYS
}

export function isBurst(today: number, prior28: number): boolean {
  return today >= Math.max(BURST_MIN, BURST_FACTOR * burstBaseline(prior28))
}
