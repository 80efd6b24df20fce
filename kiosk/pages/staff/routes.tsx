// Every console page: its path, who may open it, and whether it has an entry
// in the navigation. Adding a page is one entry here; the navigation and the
// role check follow from it.
import { ADMIN_ONLY, CASE_WORKERS, CENTRE_STAFF, EVERYONE } from '../../../shared/role-sets.ts'
import type { VNode } from 'preact'
import type { Role } from '../../../shared/enums.ts'
import type { StaffMessageKey } from '../../state/staff-locale.ts'
import { CasePage } from './CasePage.tsx'
import { CasesPage } from './CasesPage.tsx'
import { DashboardPage } from './DashboardPage.tsx'
import { StoreDetailPage } from './StoreDetailPage.tsx'
import { StoresPage } from './StoresPage.tsx'
import { LazyPage } from '../../components/staff/LazyPage.tsx'

export interface StaffRoute {
  path: string
  title: StaffMessageKey
  roles: readonly Role[]
  /** Shown in the navigation; detail pages are reached through links instead. */
  nav: boolean
  render(params: Record<string, string>): VNode
}


const fieldPages = () => import('../staff-field/field-pages.ts')
const adminPages = () => import('./admin-pages.ts')
const registry = () => import('../staff-registry/RegistrySection.tsx')
const ratings = () => import('../staff-ratings/RatingsPage.tsx')
const libraryPages = () => import('../staff-library/library-pages.ts')

export const STAFF_ROUTES: readonly StaffRoute[] = [
  { path: '/staff', title: 'nav.dashboard', roles: EVERYONE, nav: true, render: () => <DashboardPage /> },
  { path: '/staff/cases', title: 'nav.cases', roles: CASE_WORKERS, nav: true, render: () => <CasesPage /> },
  { path: '/staff/intake', title: 'nav.intake', roles: CENTRE_STAFF, nav: true, render: () => <LazyPage load={() => adminPages().then(({ IntakePage }) => <IntakePage />)} /> },
  { path: '/staff/cases/:id', title: 'case.title', roles: CASE_WORKERS, nav: false, render: (p) => <CasePage id={p.id!} /> },
  { path: '/staff/field', title: 'nav.field', roles: CASE_WORKERS, nav: true, render: () => <LazyPage load={() => fieldPages().then(({ FieldPage }) => <FieldPage />)} /> },
  { path: '/staff/field/visit/:code', title: 'field.title', roles: CASE_WORKERS, nav: false, render: (p) => <LazyPage key={p.code} load={() => fieldPages().then(({ VisitPage }) => <VisitPage code={p.code!} />)} /> },
  { path: '/staff/campaigns', title: 'nav.campaigns', roles: EVERYONE, nav: true, render: () => <LazyPage load={() => fieldPages().then(({ CampaignsPage }) => <CampaignsPage />)} /> },
  { path: '/staff/campaigns/:id', title: 'nav.campaigns', roles: EVERYONE, nav: false, render: (p) => <LazyPage key={p.id} load={() => fieldPages().then(({ CampaignPage }) => <CampaignPage id={Number(p.id)} />)} /> },
  { path: '/staff/risks', title: 'nav.risks', roles: CASE_WORKERS, nav: true, render: () => <LazyPage load={() => libraryPages().then(({ RisksPage }) => <RisksPage />)} /> },
  { path: '/staff/risks/:id', title: 'nav.risks', roles: CASE_WORKERS, nav: false, render: (p) => <LazyPage key={p.id} load={() => libraryPages().then(({ RiskPage }) => <RiskPage id={Number(p.id)} />)} /> },
  { path: '/staff/events', title: 'nav.events', roles: CASE_WORKERS, nav: true, render: () => <LazyPage load={() => libraryPages().then(({ EventsPage }) => <EventsPage />)} /> },
  { path: '/staff/events/:id', title: 'nav.events', roles: CASE_WORKERS, nav: false, render: (p) => <LazyPage key={p.id} load={() => libraryPages().then(({ EventPage }) => <EventPage id={Number(p.id)} />)} /> },
  { path: '/staff/stores', title: 'nav.stores', roles: EVERYONE, nav: true, render: () => <StoresPage /> },
  { path: '/staff/stores/:code', title: 'store.title', roles: EVERYONE, nav: false, render: (p) => <StoreDetailPage code={p.code!} /> },
  { path: '/staff/ratings', title: 'nav.ratings', roles: EVERYONE, nav: true, render: () => <LazyPage load={() => ratings().then(({ RatingsPage }) => <RatingsPage />)} /> },
  { path: '/staff/registry', title: 'registry.nav.section', roles: CASE_WORKERS, nav: true, render: () => <LazyPage load={() => registry().then(({ RegistrySection }) => <RegistrySection />)} /> },
  { path: '/staff/registry/:tab', title: 'registry.nav.section', roles: CASE_WORKERS, nav: false, render: (p) => <LazyPage key={p.tab} load={() => registry().then(({ RegistrySection }) => <RegistrySection tab={p.tab} />)} /> },
  { path: '/staff/quarantine', title: 'nav.quarantine', roles: CENTRE_STAFF, nav: true, render: () => <LazyPage load={() => adminPages().then(({ QuarantinePage }) => <QuarantinePage />)} /> },
  { path: '/staff/users', title: 'nav.users', roles: ADMIN_ONLY, nav: true, render: () => <LazyPage load={() => adminPages().then(({ UsersPage }) => <UsersPage />)} /> },
  { path: '/staff/audit', title: 'nav.audit', roles: ADMIN_ONLY, nav: true, render: () => <LazyPage load={() => adminPages().then(({ AuditPage }) => <AuditPage />)} /> },
  { path: '/staff/alerts', title: 'nav.alerts', roles: ADMIN_ONLY, nav: true, render: () => <LazyPage load={() => adminPages().then(({ AlertsPage }) => <AlertsPage />)} /> },
  { path: '/staff/templates', title: 'nav.templates', roles: ADMIN_ONLY, nav: true, render: () => <LazyPage load={() => adminPages().then(({ TemplatesPage }) => <TemplatesPage />)} /> },
  { path: '/staff/settings', title: 'nav.settings', roles: ADMIN_ONLY, nav: true, render: () => <LazyPage load={() => adminPages().then(({ SettingsPage }) => <SettingsPage />)} /> },
]
