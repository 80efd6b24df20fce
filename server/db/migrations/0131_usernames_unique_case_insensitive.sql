-- "Admin" and "admin" must not both exist (issue 13): login and the
-- throttle treat usernames without regard to case. A database that already
-- holds two such accounts stops here; rename one with SQL first.
CREATE UNIQUE INDEX users_username_lower ON users (lower(username));
