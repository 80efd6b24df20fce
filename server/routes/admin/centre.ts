// Centre-wide settings staff can change: the report hotline. It is printed
// on every poster, so changing it changes every poster version.
import { Hono } from 'hono'
import { centreSettingsSchema } from '../../../shared/registry-schemas.ts'
import { setSetting } from '../../db/queries/settings.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'
import { jsonBody } from '../../middleware/json-body.ts'

export function adminCentreRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.patch('/', jsonBody(centreSettingsSchema), async (c) => {
    const { hotline } = c.req.valid('json')
    await setSetting(deps.db, 'hotline', hotline)
    return c.json({ hotline })
  })

  return app
}
