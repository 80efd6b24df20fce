// Notices as versioned documents: the list with every version, a new
// document, a new version of one. Published versions are never edited;
// a correction is a new version.
import { Hono } from 'hono'
import type { NoticeDocument } from '../../../shared/api-types.ts'
import { noticeCreateSchema, noticeIdParamSchema, noticeVersionSchema } from '../../../shared/registry-schemas.ts'
import { ApiError } from '../../api-error.ts'
import {
  allNoticeVersions,
  insertNotice,
  insertNoticeVersion,
  nextNoticeSortOrder,
  nextNoticeVersion,
  noticeKeyTaken,
  type NoticeVersionRow,
} from '../../db/queries/notices.ts'
import type { Queryable } from '../../db/database.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'
import { jsonBody } from '../../middleware/json-body.ts'
import { pathParams } from '../../middleware/path-params.ts'

export function adminNoticeRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.get('/', async (c) => c.json(await noticeDocuments(deps.db)))

  app.post('/', jsonBody(noticeCreateSchema), async (c) => {
    const { key, sortOrder, ...first } = c.req.valid('json')
    const id = await deps.db.transaction(async (tx) => {
      if (key && (await noticeKeyTaken(tx, key))) throw new ApiError(409, 'conflict', 'A notice with this key exists')
      const order = sortOrder ?? (await nextNoticeSortOrder(tx))
      return insertNotice(tx, { key, sortOrder: order }, first, c.get('user').id, deps.clock.now().toISOString())
    })
    return c.json(await noticeDocument(deps.db, id), 201)
  })

  app.post('/:id/versions', pathParams(noticeIdParamSchema), jsonBody(noticeVersionSchema), async (c) => {
    const { id } = c.req.valid('param')
    const input = c.req.valid('json')
    await deps.db.transaction(async (tx) => {
      const version = await nextNoticeVersion(tx, id)
      if (version === undefined) throw new ApiError(404, 'not_found', 'No notice has this id')
      await insertNoticeVersion(tx, id, version, input, c.get('user').id, deps.clock.now().toISOString())
    })
    return c.json(await noticeDocument(deps.db, id), 201)
  })

  return app
}

async function noticeDocuments(db: Queryable): Promise<NoticeDocument[]> {
  const docs = new Map<number, NoticeDocument>()
  for (const v of await allNoticeVersions(db)) {
    let doc = docs.get(v.noticeId)
    if (!doc) docs.set(v.noticeId, (doc = { id: v.noticeId, key: v.key, sortOrder: v.sortOrder, active: v.active, versions: [] }))
    doc.versions.push(versionView(v))
  }
  return [...docs.values()]
}

async function noticeDocument(db: Queryable, id: number): Promise<NoticeDocument> {
  const doc = (await noticeDocuments(db)).find((d) => d.id === id)
  if (!doc) throw new ApiError(404, 'not_found', 'No notice has this id')
  return doc
}

const versionView = (v: NoticeVersionRow): NoticeDocument['versions'][number] => ({
  version: v.version,
  title: v.title,
  body: v.body,
  titleEn: v.titleEn,
  bodyEn: v.bodyEn,
  scope: v.scope,
  district: v.district,
  stores: v.stores,
  effectiveDate: v.effectiveDate,
  createdAt: v.createdAt,
  createdBy: v.createdBy,
})
