-- Where alerts go (issue 11): a generic webhook, a WeCom or DingTalk group
-- robot, or an e-mail address; the events it takes (JSON array) and the
-- districts it is limited to (JSON array, empty for the whole city).
CREATE TABLE notification_channels (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL CHECK (type IN ('webhook', 'wecom', 'dingtalk', 'email')),
  target TEXT NOT NULL,
  events TEXT NOT NULL,
  districts TEXT NOT NULL DEFAULT '[]',
  secret TEXT NOT NULL DEFAULT '',
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  -- A deleted channel keeps its row so that its delivery log stays readable.
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
