// Structured logs: one JSON object a line on stdout (pino), for the log
// collector of whatever runs the instances. Every line written while a
// request is answered carries its request id (X-Request-Id, made up when the
// client sent none, and echoed in the answer).
import { pino, type Logger } from 'pino'

export type { Logger }

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

export function createLogger(level: LogLevel): Logger {
  return pino({ level, base: { service: 'storevoice' }, timestamp: pino.stdTimeFunctions.isoTime })
}
