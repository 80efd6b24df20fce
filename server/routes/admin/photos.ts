// GET /api/admin/photos/:photoId: one evidence photo, to staff who may see
// its case or visit (server/photos/photo-access.ts), every view written to
// the audit log. Never cached, so that every view is one the server saw.
import { Hono } from 'hono'
import { photoIdParamSchema } from '../../../shared/photos.ts'
import { ApiError } from '../../api-error.ts'
import { appendAudit } from '../../db/queries/audit.ts'
import { getPhoto } from '../../db/queries/photos.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'
import { pathParams } from '../../middleware/path-params.ts'
import { readMedia } from '../../photos/media-store.ts'
import { requirePhotoVisible } from '../../photos/photo-access.ts'

export function adminPhotoRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.get('/:photoId', pathParams(photoIdParamSchema), async (c) => {
    const user = c.get('user')
    const photo = await getPhoto(deps.db, c.req.valid('param').photoId)
    if (!photo) throw new ApiError(404, 'not_found', 'No such photo')
    const owner = await requirePhotoVisible(deps.db, user, photo)
    const data = await readMedia(deps.config.dataDir, photo.contentHash)
    await appendAudit(deps.db, { at: deps.clock.now().toISOString(), actor: user.username, action: 'photo_viewed', target: photo.id, detail: owner })
    return c.body(new Uint8Array(data), 200, {
      'content-type': 'image/jpeg',
      'content-disposition': 'inline',
      'cache-control': 'private, no-store',
    })
  })

  return app
}
