-- A channel's morning digest counted per district, as until now, or per
-- store supervisor (专管员) within its districts: a supervisors' group then
-- reads each supervisor's own line.
ALTER TABLE notification_channels ADD COLUMN digest_by TEXT NOT NULL DEFAULT 'district' CHECK (digest_by IN ('district', 'supervisor'));
