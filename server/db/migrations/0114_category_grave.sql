-- Categories an admin marks grave (sales to minors, misconduct by staff or
-- supervisors…) raise the case.grave alert when a case of theirs arrives.
ALTER TABLE categories ADD COLUMN grave INTEGER NOT NULL DEFAULT 0 CHECK (grave IN (0, 1));
-- A database seeded before this gets the defaults the seed now gives a new one.
UPDATE categories SET grave = 1 WHERE id IN ('sale_to_minors', 'staff_misconduct');
