// Who an alert may reach. A channel limited to districts is a supervisors'
// group (a district's robot, a supervisor's mailbox); a channel for the
// whole city is the centre's. A conflict-of-interest case (see
// auth/scope.ts) reaches only the centre's channels, as supervisors may not
// see it. Kept in this one function so the rule can change with the
// conflict-of-interest rules themselves.
import type { AlertChannel } from '../db/queries/notifications.ts'

export function channelMaySee(channel: Pick<AlertChannel, 'districts'>, alert: { conflict: boolean }): boolean {
  return !alert.conflict || channel.districts.length === 0
}
