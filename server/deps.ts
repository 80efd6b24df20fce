// What the app is made from. Tests build their own (a temp database, a fixed
// clock) and hand it to createApp.
import type { CalendarStore } from './calendar/calendar-store.ts'
import type { Config } from './config.ts'
import type { Database } from './db/database.ts'
import type { User } from '../shared/user.ts'
import type { Clock } from './clock.ts'
import type { Logger } from './ops/logger.ts'
import type { Metrics } from './ops/metrics.ts'
import type { Intake } from './cases/store-new-cases.ts'

export interface AppDeps {
  db: Database
  clock: Clock
  config: Config
  /** Working-day calendar: shipped files plus years loaded by the centre; reloaded after each change. */
  calendar: CalendarStore
  /** Folder of the built front end; pages answer 503 when it is missing. */
  staticDir: string
  /** The server's Prometheus numbers; an app made without them keeps its own. */
  metrics?: Metrics
  /** Where the JSON log lines go; an app made without one logs warnings and errors only. */
  logger?: Logger
  /** Takes new submissions into batches stored off the server's thread (main.ts starts it); without it, the server's thread stores them. */
  intake?: Intake
}

export interface AppEnv {
  Variables: {
    requestId: string
    user: User
    sessionHash: string
    csrfToken: string
    /** The logger of this request (its lines carry the request id). */
    log: Logger
  }
}
