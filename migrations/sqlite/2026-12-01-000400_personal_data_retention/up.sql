-- The client address a session was opened from, kept outside the ledger so
-- that it can be erased: `plenum erase-expired` (and the server, hourly)
-- deletes an ended session's row once `personal_data_retention_days` have
-- passed since its login. NULL for sessions opened without an address (the
-- load set-up).
ALTER TABLE sessions ADD COLUMN address TEXT;
CREATE INDEX sessions_created_at ON sessions (created_at);
