// One delivery attempt: the message written for its channel, sent over HTTP
// (generic webhook, WeCom, DingTalk) or SMTP (e-mail).
import { createHmac } from 'node:crypto'
import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { LookupFunction } from 'node:net'
import nodemailer from 'nodemailer'
import type { Config } from '../config.ts'
import type { AttemptOutcome, SendingChannel, PendingDelivery } from '../db/queries/notifications.ts'
import { writeMessage, type AlertPayload } from './alert-message.ts'
import { isPrivateTarget, publicOnlyLookup } from './private-target.ts'

const TIMEOUT_MS = 10_000
// A receiver's answer is read for its errcode, never kept whole.
const ANSWER_MAX_BYTES = 64 * 1024

export async function sendAlert(config: Config, channel: SendingChannel, delivery: PendingDelivery): Promise<AttemptOutcome> {
  const message = writeMessage(channel.type, delivery.id, delivery.event, JSON.parse(delivery.payload) as AlertPayload, config.publicUrl)
  try {
    if (channel.type === 'email') return await sendMail(config, channel.target, message.subject, message.body)
    if (!config.notifyAllowPrivateTargets && (await isPrivateTarget(channel.target))) {
      return { ok: false, httpStatus: null, error: 'private_target' }
    }
    const res = await post(signedUrl(channel), headersFor(channel, delivery.id, message.body), message.body, config.notifyAllowPrivateTargets ? undefined : publicOnlyLookup())
    const answer = res.body
    if (res.status < 200 || res.status > 299) return { ok: false, httpStatus: res.status, error: `HTTP ${res.status}` }
    // WeCom and DingTalk answer 200 with an errcode in the body; a robot
    // that refused the message (bad key, rate limit) is a failed attempt.
    const errcode = channel.type === 'webhook' ? 0 : robotErrcode(answer)
    return errcode === 0 ? { ok: true, httpStatus: res.status, error: null } : { ok: false, httpStatus: res.status, error: `errcode ${errcode}` }
  } catch (err) {
    return { ok: false, httpStatus: null, error: err instanceof Error ? err.message.slice(0, 200) : 'error' }
  }
}

/**
 * POSTs the body once, connecting through `lookup` (the public addresses
 * only, unless private targets are allowed). A redirect is not followed: it
 * is a failed attempt, as any answer outside 2xx.
 */
function post(url: string, headers: Record<string, string>, body: string, lookup: LookupFunction | undefined): Promise<{ status: number; body: string }> {
  const target = new URL(url)
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest
  return new Promise((resolve, reject) => {
    const req = request(target, { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, lookup, signal: AbortSignal.timeout(TIMEOUT_MS) }, (res) => {
      const chunks: Buffer[] = []
      let size = 0
      res.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size <= ANSWER_MAX_BYTES) chunks.push(chunk)
      })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(body)
  })
}

function robotErrcode(answer: string): number {
  try {
    const parsed = JSON.parse(answer) as { errcode?: unknown }
    return typeof parsed.errcode === 'number' ? parsed.errcode : 0
  } catch {
    return -1
  }
}

function headersFor(channel: SendingChannel, deliveryId: string, body: string): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-storevoice-delivery': deliveryId }
  if (channel.type === 'webhook' && channel.secret) {
    headers['x-storevoice-signature'] = `sha256=${createHmac('sha256', channel.secret).update(body).digest('hex')}`
  }
  return headers
}

/** A DingTalk robot with 加签 wants timestamp and sign on the URL (HMAC-SHA256 of "timestamp\nsecret", base64). */
function signedUrl(channel: SendingChannel): string {
  if (channel.type !== 'dingtalk' || !channel.secret) return channel.target
  const timestamp = String(Date.now())
  const sign = createHmac('sha256', channel.secret).update(`${timestamp}\n${channel.secret}`).digest('base64')
  const url = new URL(channel.target)
  url.searchParams.set('timestamp', timestamp)
  url.searchParams.set('sign', sign)
  return url.toString()
}

async function sendMail(config: Config, to: string, subject: string, text: string): Promise<AttemptOutcome> {
  if (!config.smtpUrl) return { ok: false, httpStatus: null, error: 'smtp_not_configured' }
  const transport = nodemailer.createTransport(config.smtpUrl)
  try {
    await transport.sendMail({ from: config.mailFrom, to, subject, text })
    return { ok: true, httpStatus: null, error: null }
  } finally {
    transport.close()
  }
}
