// Structured logs: one JSON object a line on stdout (pino), for the log
// collector of whatever runs the instances. Every line written while a
// request is answered carries its request id (X-Request-Id, made up when the
// client sent none, and echoed in the answer).
//
// Lines are written together (issue 14): a write to stdout per line was a
// system call per answer, the costliest single item of a submission on the
// server's thread after the HTTP write itself. Lines gather until 4 KB or
// for at most 100 ms, then go out in one write; what is still gathered is
// written on exit.
import { pino, type Logger } from 'pino'

export type { Logger }

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

let stdout: ReturnType<typeof pino.destination> | undefined

/** The one destination of every logger in the process (apps made by tests share it). */
function sharedStdout() {
  if (!stdout) {
    const destination = pino.destination({ dest: 1, sync: true, minLength: 4096, periodicFlush: 100 })
    process.once('exit', () => destination.flushSync())
    stdout = destination
  }
  return stdout
}

export function createLogger(level: LogLevel): Logger {
  return pino({ level, base: { service: 'storevoice' }, timestamp: pino.stdTimeFunctions.isoTime }, sharedStdout())
}
