// A staff account as the server holds it once signed in: the session user
// the console sees, plus its row id and whether it may still sign in.
import type { SessionUser } from './staff-types.ts'

export interface User extends SessionUser {
  id: number
  disabled: boolean
}
