// POST /api/admin/campaigns: a campaign and its audit entry, together.
import type { CampaignInput } from '../../shared/field-schemas.ts'
import type { User } from '../../shared/user.ts'
import { appendAudit } from '../db/queries/audit.ts'
import { insertCampaign } from '../db/queries/campaigns.ts'
import type { AppDeps } from '../deps.ts'

export async function createCampaign(deps: AppDeps, actor: User, input: CampaignInput): Promise<number> {
  const at = deps.clock.now().toISOString()
  const campaign = {
    name: input.name,
    from: input.from,
    to: input.to,
    districts: input.districts ?? [],
    targets: { inspectedPct: input.targets?.inspectedPct ?? null, trainedPct: input.targets?.trainedPct ?? null },
  }
  return deps.db.transaction(async (tx) => {
    const id = await insertCampaign(tx, campaign, actor.id, at)
    await appendAudit(tx, { at, actor: actor.username, action: 'campaign_created', target: String(id), detail: campaign })
    return id
  })
}
