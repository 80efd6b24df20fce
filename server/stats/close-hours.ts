// Time to close is kept as a histogram (store_summary.close_hours): to the
// hour under a day, to the whole day beyond, so a store has at most a few
// dozen buckets and the median never needs the cases table.

export function closeHoursBucket(receivedAt: string, closedAt: string): number {
  const hours = Math.max(0, Math.ceil((Date.parse(closedAt) - Date.parse(receivedAt)) / 3_600_000))
  return hours <= 24 ? hours : Math.ceil(hours / 24) * 24
}

/** Median of a histogram {bucket → count}; null when empty. */
export function histogramMedian(hist: ReadonlyMap<number, number>): number | null {
  const total = [...hist.values()].reduce((a, b) => a + b, 0)
  if (total === 0) return null
  let seen = 0
  for (const bucket of [...hist.keys()].sort((a, b) => a - b)) {
    seen += hist.get(bucket)!
    if (seen * 2 >= total) return bucket
  }
  return null
}

export function mergeHistogram(into: Map<number, number>, from: ReadonlyMap<number, number>): void {
  for (const [k, n] of from) into.set(k, (into.get(k) ?? 0) + n)
}
