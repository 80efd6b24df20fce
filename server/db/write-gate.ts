// Two handles writing one SQLite file from one process: the server's thread
// and the intake worker (server/cases/intake-worker.ts). SQLite lets one
// write at a time and makes the other poll (busy_timeout), sleeping longer
// between tries; a worker storing batch after batch would keep a write of
// the server's thread (a staff change, a sweep) waiting for seconds. The
// gate gives the server's thread the next turn: it counts that thread's
// write transactions waiting or running, and the worker begins none while
// any is. Shared memory, so that both threads see it at once.

/** What both handles are given: a counter in memory the two threads share. */
export type WriteGate = { counter: Int32Array; role: 'first' | 'yielding' }

export function createWriteGate(): SharedArrayBuffer {
  return new SharedArrayBuffer(4)
}

export function gateFor(shared: SharedArrayBuffer, role: WriteGate['role']): WriteGate {
  return { counter: new Int32Array(shared), role }
}

/**
 * Runs a write transaction through the gate: the first handle's counted
 * while it waits and runs, the yielding one's started only once none is.
 */
export async function throughGate<T>(gate: WriteGate | undefined, write: () => Promise<T>): Promise<T> {
  if (!gate) return write()
  const { counter } = gate
  if (gate.role === 'yielding') {
    for (let waiting = Atomics.load(counter, 0); waiting > 0; waiting = Atomics.load(counter, 0)) {
      const wait = Atomics.waitAsync(counter, 0, waiting, 100)
      if (wait.async) await wait.value
    }
    return write()
  }
  Atomics.add(counter, 0, 1)
  try {
    return await write()
  } finally {
    Atomics.sub(counter, 0, 1)
    Atomics.notify(counter, 0)
  }
}
