// POST /api/feedback/:id/photos: a buyer's evidence photo for a submission
// the server has acknowledged, as the raw image body (issue 15).
import { Hono } from 'hono'
import { photoUploadParamSchema, type PhotoAdded } from '../../shared/photos.ts'
import type { AppDeps, AppEnv } from '../deps.ts'
import { pathParams } from '../middleware/path-params.ts'
import { addCasePhoto } from '../photos/add-photo.ts'

export function feedbackPhotoRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.post('/:id/photos', pathParams(photoUploadParamSchema), async (c) => {
    const body = new Uint8Array(await c.req.arrayBuffer())
    const { photoId, created } = await addCasePhoto(deps, c.req.valid('param').id, body)
    return c.json<PhotoAdded>({ photoId }, created ? 201 : 200)
  })

  return app
}
