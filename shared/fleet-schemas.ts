// Payloads of the tablet fleet in the console: renaming a tablet, and the
// fleet list's filters.
import * as v from 'valibot'
import type { FieldError } from './api-error.ts'

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
  district: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(50, code('too_long')))),
  store: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(20, code('too_long')))),
  flag: v.optional(v.picklist(FLEET_FLAGS, code('invalid'))),
})
