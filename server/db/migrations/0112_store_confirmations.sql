-- Per store, how reporters answered "问题解决了吗？": confirmed fixed, not
-- fixed, or no answer in time (auto-closed), and the 1-5 ratings they gave.
-- Kept in the same transaction as each answer, like feedback_counts;
-- store_code '' stands for "store not given".
CREATE TABLE store_confirmations (
  store_code TEXT PRIMARY KEY,
  fixed INTEGER NOT NULL DEFAULT 0,
  not_fixed INTEGER NOT NULL DEFAULT 0,
  auto_closed INTEGER NOT NULL DEFAULT 0,
  rating_sum INTEGER NOT NULL DEFAULT 0,
  rating_count INTEGER NOT NULL DEFAULT 0
);
