// GET /api/admin/photos/:photoId: one evidence photo, to staff who may see
// its case (server/auth/case-access.ts), every view written to the audit
// log. Never cached, so that every view is one the server saw.
import { Hono } from 'hono'
import { photoIdParamSchema } from '../../../shared/photos.ts'
import { ApiError } from '../../api-error.ts'
import { loadVisibleCase } from '../../auth/case-access.ts'
import { appendAudit } from '../../db/queries/audit.ts'
import { getPhoto } from '../../db/queries/photos.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'
import { pathParams } from '../../middleware/path-params.ts'
import { readMedia } from '../../photos/media-store.ts'

export function adminPhotoRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.get('/:photoId', pathParams(photoIdParamSchema), async (c) => {
    const user = c.get('user')
    const photo = await getPhoto(deps.db, c.req.valid('param').photoId)
    // A visit's photos (issue 10) will check their visit here.
    if (!photo || photo.ownerType !== 'feedback') throw new ApiError(404, 'not_found', 'No such photo')
    await loadVisibleCase(deps.db, photo.ownerId, user)
    const data = await readMedia(deps.config.dataDir, photo.contentHash)
    await appendAudit(deps.db, { at: deps.clock.now().toISOString(), actor: user.username, action: 'photo_viewed', target: photo.id, detail: { caseId: photo.ownerId } })
    return c.body(new Uint8Array(data), 200, {
      'content-type': 'image/jpeg',
      'content-disposition': 'inline',
      'cache-control': 'private, no-store',
    })
  })

  return app
}
