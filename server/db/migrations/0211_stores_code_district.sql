-- The whole-city dashboard counts overdue cases per district of their store
-- (issue 14): with the district beside the code in one index, each case's
-- district is one lookup in a small index rather than two (the key, then
-- the store's row with its name and address).
CREATE INDEX stores_code_district ON stores (code, district);
