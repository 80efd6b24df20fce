import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { requestId } from 'hono/request-id'
import { routePath } from 'hono/route'
import { trimTrailingSlash } from 'hono/trailing-slash'
import type { ApiErrorBody, ErrorCode } from '../shared/api-error.ts'
import { ApiError, BusyError } from './api-error.ts'
import type { AppDeps, AppEnv } from './deps.ts'
import { authorize } from './middleware/authorize.ts'
import { requireCsrf } from './middleware/csrf.ts'
import { bodyLimits } from './middleware/body-limits.ts'
import { feedbackSenderLimit, pairLimit, photoSenderLimit, ratingSenderLimit, trackLimit } from './middleware/rate-limits.ts'
import { noStore } from './middleware/no-store.ts'
import { freshCalendar } from './middleware/fresh-calendar.ts'
import { recordMetrics } from './middleware/metrics.ts'
import { requestLog } from './middleware/request-log.ts'
import { securityHeaders } from './middleware/security-headers.ts'
import { compressPages } from './middleware/compress-pages.ts'
import { createLogger } from './ops/logger.ts'
import { createMetrics } from './ops/metrics.ts'
import { buildOpenApi } from './ops/openapi.ts'
import { requireSession } from './middleware/session.ts'
import { adminCampaignRoutes } from './routes/admin/campaigns.ts'
import { adminFieldEventRoutes, adminRiskRoutes } from './routes/admin/libraries.ts'
import { adminChecklistRoutes } from './routes/admin/checklists.ts'
import { adminVisitRoutes } from './routes/admin/visits.ts'
import { adminCentreRoutes } from './routes/admin/centre.ts'
import { adminAuditRoutes } from './routes/admin/audit.ts'
import { adminQuarantineRoutes } from './routes/admin/quarantine.ts'
import { adminCalendarRoutes } from './routes/admin/calendar.ts'
import { adminCategoryRoutes } from './routes/admin/categories.ts'
import { adminDeviceRoutes } from './routes/admin/devices.ts'
import { adminExportRoutes } from './routes/admin/export.ts'
import { adminBulkRoutes } from './routes/admin/bulk.ts'
import { adminFeedbackRoutes } from './routes/admin/feedback.ts'
import { adminNotificationChannelRoutes } from './routes/admin/notification-channels.ts'
import { adminNotificationDeliveryRoutes } from './routes/admin/notification-deliveries.ts'
import { adminReplyTemplateRoutes } from './routes/admin/reply-templates.ts'
import { adminNoticeRoutes } from './routes/admin/notices.ts'
import { adminPairingCodeRoutes } from './routes/admin/pairing-codes.ts'
import { adminPhotoRoutes } from './routes/admin/photos.ts'
import { adminPosterRoutes } from './routes/admin/posters.ts'
import { adminPublicUrlRoutes } from './routes/admin/public-url.ts'
import { adminRatingStatsRoutes } from './routes/admin/rating-stats.ts'
import { adminStatsRoutes } from './routes/admin/stats.ts'
import { adminStoreRoutes } from './routes/admin/stores.ts'
import { adminAssigneeRoutes, adminUserRoutes } from './routes/admin/users.ts'
import { authRoutes } from './routes/auth.ts'
import { categoryRoutes } from './routes/categories.ts'
import { centreRoutes } from './routes/centre.ts'
import { feedbackPhotoRoutes } from './routes/feedback-photos.ts'
import { feedbackRoutes } from './routes/feedback.ts'
import { kioskRoutes } from './routes/kiosk.ts'
import { buyerPageRoutes } from './routes/buyer-pages.ts'
import { metricsRoutes } from './routes/metrics.ts'
import { pageRoutes } from './routes/pages.ts'
import { ratingRoutes } from './routes/ratings.ts'
import { storeRoutes } from './routes/stores.ts'
import { trackRoutes } from './routes/track.ts'

const STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
}

export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  const metrics = deps.metrics ?? createMetrics({ processMetrics: false })
  app.use(requestId())
  const logger = deps.logger ?? createLogger('warn')
  app.use(requestLog(logger))
  app.use(recordMetrics(metrics))

  // Hardening (issue 6): headers on every answer, a body limit on every
  // route, rate limits on the public writes and look-ups.
  // Outside the security headers, which read a page's inline style as written.
  app.use(compressPages)
  app.use(securityHeaders(deps.config))
  app.use(bodyLimits())
  // An address typed or shared with a trailing slash (/s/44010001/) finds its page.
  app.use(trimTrailingSlash())
  app.use('/api/feedback', feedbackSenderLimit(deps))
  app.use('/api/feedback/:id/photos', photoSenderLimit(deps))
  app.use('/api/track/*', trackLimit(deps))
  app.use('/api/kiosk/pair', pairLimit(deps))
  for (const path of ['/api/admin/*', '/api/track/*', '/api/feedback', '/api/auth/*']) app.use(path, noStore)
  app.use('/api/ratings', ratingSenderLimit(deps))
  // Submissions see another instance's calendar change in their batch (cases/intake-batch.ts).
  for (const path of ['/api/admin/*', '/s/*']) app.use(path, freshCalendar(deps))

  app.get('/healthz', (c) => c.json({ ok: true }))
  app.route('/metrics', metricsRoutes(deps, metrics))
  // Built at the first request, when every route below has been added.
  let openApi: object | undefined
  app.get('/api/openapi.json', (c) => c.json((openApi ??= buildOpenApi(app.routes))))

  const admin = new Hono<AppEnv>()
  // Every staff route, in this order: a live session (401), the CSRF token
  // on writes (403 csrf_failed), the role table (403 forbidden).
  admin.use(requireSession(deps), requireCsrf, authorize)
  admin.route('/feedback.csv', adminExportRoutes(deps))
  admin.route('/feedback/bulk', adminBulkRoutes(deps))
  admin.route('/feedback', adminFeedbackRoutes(deps))
  admin.route('/reply-templates', adminReplyTemplateRoutes(deps))
  admin.route('/notification-channels', adminNotificationChannelRoutes(deps))
  admin.route('/notification-deliveries', adminNotificationDeliveryRoutes(deps))
  admin.route('/users', adminUserRoutes(deps))
  admin.route('/assignees', adminAssigneeRoutes(deps))
  admin.route('/categories', adminCategoryRoutes(deps))
  admin.route('/calendar', adminCalendarRoutes(deps))
  admin.route('/stats/ratings', adminRatingStatsRoutes(deps))
  admin.route('/stats', adminStatsRoutes(deps))
  admin.route('/stores', adminStoreRoutes(deps))
  admin.route('/stores', adminPairingCodeRoutes(deps))
  admin.route('/devices', adminDeviceRoutes(deps))
  admin.route('/notices', adminNoticeRoutes(deps))
  admin.route('/posters', adminPosterRoutes(deps))
  admin.route('/public-url', adminPublicUrlRoutes(deps))
  admin.route('/centre', adminCentreRoutes(deps))
  admin.route('/audit', adminAuditRoutes(deps))
  admin.route('/photos', adminPhotoRoutes(deps))
  admin.route('/quarantine', adminQuarantineRoutes(deps))
  admin.route('/checklists', adminChecklistRoutes(deps))
  admin.route('/visits', adminVisitRoutes(deps))
  admin.route('/campaigns', adminCampaignRoutes(deps))
  admin.route('/risks', adminRiskRoutes(deps))
  admin.route('/events', adminFieldEventRoutes(deps))

  app.route('/api/stores', storeRoutes(deps))
  app.route('/api/categories', categoryRoutes(deps))
  app.route('/api/centre', centreRoutes(deps))
  app.route('/api/feedback', feedbackRoutes(deps))
  app.route('/api/feedback', feedbackPhotoRoutes(deps))
  app.route('/api/track', trackRoutes(deps))
  app.route('/api/ratings', ratingRoutes(deps))
  app.route('/api/kiosk', kioskRoutes(deps))
  app.route('/api/auth', authRoutes(deps))
  app.route('/api/admin', admin)
  app.route('/', buyerPageRoutes(deps))
  app.route('/', pageRoutes(deps))

  app.notFound((c) => {
    const body: ApiErrorBody = { error: { code: 'not_found', message: `Nothing at ${c.req.method} ${c.req.path}` } }
    return c.json(body, 404)
  })

  // The only place an error becomes a response.
  app.onError((err, c) => {
    if (err instanceof ApiError) {
      if (err instanceof BusyError) c.header('Retry-After', String(err.retryAfterSeconds))
      const body: ApiErrorBody = { error: { code: err.code, message: err.message, ...(err.fields && { fields: err.fields }) } }
      return c.json(body, err.status)
    }
    if (err instanceof HTTPException && err.status < 500) {
      const body: ApiErrorBody = { error: { code: STATUS_CODES[err.status] ?? 'bad_request', message: err.message } }
      return c.json(body, err.status)
    }
    // The request's logger, unless the error came before it was set.
    const log = c.get('log') ?? logger
    log.error({ err, method: c.req.method, route: routePath(c, -1) }, 'unexpected error')
    const body: ApiErrorBody = { error: { code: 'internal', message: `Internal error (request ${c.get('requestId')})` } }
    return c.json(body, 500)
  })

  return app
}

