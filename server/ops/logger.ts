// Structured logs: one JSON object a line on stdout (pino), for the log
// collector of whatever runs the instances. Every line written while a
// request is answered carries its request id (X-Request-Id, made up when the
// client sent none, and echoed in the answer).
//
// Lines are written without blocking (issue 14): a write to stdout per line
// made every answer wait for a system call that wakes the log reader. Lines
// that come while a write is under way go out together with the next; when
// idle, a line is written at once. What is still buffered is written on exit.
import { pino, type Logger } from 'pino'

export type { Logger }

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

export function createLogger(level: LogLevel): Logger {
  return pino({ level, base: { service: 'storevoice' }, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination({ dest: 1, sync: false }))
}
