// The pages an admin or centre staff open now and then (accounts, audit,
// alerts, settings, reply templates, held submissions, recording a call), loaded on first
// use so that a supervisor's phone does not download them with the console.
export { AlertsPage } from './AlertsPage.tsx'
export { AuditPage } from './AuditPage.tsx'
export { IntakePage } from './IntakePage.tsx'
export { QuarantinePage } from './QuarantinePage.tsx'
export { SettingsPage } from './SettingsPage.tsx'
export { TemplatesPage } from './TemplatesPage.tsx'
export { UsersPage } from './UsersPage.tsx'
