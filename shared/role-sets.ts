// The groups of roles that share rights, one definition for the server's role
// table (server/auth/route-roles.ts) and the console's pages
// (kiosk/pages/staff/routes.tsx), so the two cannot drift apart.
import type { Role } from './enums.ts'

export const EVERYONE: readonly Role[] = ['admin', 'staff', 'supervisor', 'viewer']
/** Those who handle cases: viewers read the statistics only. */
export const CASE_WORKERS: readonly Role[] = ['admin', 'staff', 'supervisor']
/** The centre's own staff: the whole city, contact data on request, the registry. */
export const CENTRE_STAFF: readonly Role[] = ['admin', 'staff']
export const ADMIN_ONLY: readonly Role[] = ['admin']
