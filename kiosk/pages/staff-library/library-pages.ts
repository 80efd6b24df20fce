// The risk and event library pages, loaded as one chunk when one of them is
// first opened (see routes.tsx), so the console's first load stays within
// its size budget.
export { EventPage } from './EventPage.tsx'
export { EventsPage } from './EventsPage.tsx'
export { RiskPage } from './RiskPage.tsx'
export { RisksPage } from './RisksPage.tsx'
