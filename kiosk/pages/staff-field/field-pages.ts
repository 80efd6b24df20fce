// The field-work pages, loaded as one chunk when one of them is first
// opened (see routes.tsx): a desktop user who never opens them never loads
// them, and the console stays within its size budget.
export { CampaignPage } from './CampaignPage.tsx'
export { CampaignsPage } from './CampaignsPage.tsx'
export { FieldPage } from './FieldPage.tsx'
export { VisitPage } from './VisitPage.tsx'
