// Payloads of the tablet fleet in the console: renaming a tablet, the
// fleet list's filters and a tablet's id in the path.
import * as v from 'valibot'
import type { FieldError } from './api-error.ts'
import { districtFilterSchema } from './district.ts'
import { queryText } from './query-fields.ts'

const code = (c: FieldError) => c

const DEVICE_NAME_MAX = 40

/** A name staff recognise the tablet by ("柜台左侧"); empty clears it. */
export const devicePatchSchema = v.strictObject({
  name: v.pipe(v.string(code('required')), v.trim(), v.maxLength(DEVICE_NAME_MAX, code('too_long'))),
})
export type DevicePatchInput = v.InferOutput<typeof devicePatchSchema>

export const FLEET_FLAGS = ['offline', 'stale'] as const
export type FleetFlag = (typeof FLEET_FLAGS)[number]

export const fleetQuerySchema = v.object({
  district: districtFilterSchema,
  // Typed into a search box and sent as the user types, so a partial code
  // is a filter that matches nothing rather than an error.
  store: queryText(32),
  flag: v.optional(v.picklist(FLEET_FLAGS, code('invalid'))),
})

/** A tablet's id in the path (/api/admin/devices/:id). */
export const deviceIdParamSchema = v.object({
  id: v.pipe(v.string(code('invalid')), v.regex(/^\d{1,15}$/, code('invalid')), v.transform(Number)),
})
