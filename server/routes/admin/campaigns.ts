// Campaigns (专项治理): creating one, the list, and its progress as of a
// China date as JSON or CSV.
import { Hono } from 'hono'
import { chinaDate } from '../../../shared/china-time.ts'
import { campaignIdParamSchema, campaignInputSchema, progressQuerySchema } from '../../../shared/field-schemas.ts'
import type { CampaignProgress, CampaignSummary } from '../../../shared/field-types.ts'
import { ApiError } from '../../api-error.ts'
import { campaignProgress } from '../../campaigns/campaign-progress.ts'
import { createCampaign } from '../../campaigns/create-campaign.ts'
import { progressCsv } from '../../campaigns/progress-csv.ts'
import { getCampaign, listCampaigns } from '../../db/queries/campaigns.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'
import { jsonBody } from '../../middleware/json-body.ts'
import { pathParams } from '../../middleware/path-params.ts'
import { queryParams } from '../../middleware/query-params.ts'

export function adminCampaignRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  const progressOf = async (id: number, asOf: string | undefined) => {
    const campaign = await getCampaign(deps.db, id)
    if (!campaign) throw new ApiError(404, 'not_found', 'No such campaign')
    return campaignProgress(deps.db, campaign, asOf ?? chinaDate(deps.clock.now()))
  }

  app.get('/', async (c) => c.json<CampaignSummary[]>(await listCampaigns(deps.db)))

  app.post('/', jsonBody(campaignInputSchema), async (c) =>
    c.json({ id: await createCampaign(deps, c.get('user'), c.req.valid('json')) }, 201),
  )

  app.get('/:id/progress', pathParams(campaignIdParamSchema), queryParams(progressQuerySchema), async (c) =>
    c.json<CampaignProgress>(await progressOf(c.req.valid('param').id, c.req.valid('query').asOf)),
  )

  app.get('/:id/progress.csv', pathParams(campaignIdParamSchema), queryParams(progressQuerySchema), async (c) => {
    const p = await progressOf(c.req.valid('param').id, c.req.valid('query').asOf)
    return c.body(progressCsv(p), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="campaign-${p.campaign.id}-${p.asOf}.csv"`,
    })
  })

  return app
}
