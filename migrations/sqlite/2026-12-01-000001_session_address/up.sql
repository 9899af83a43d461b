-- The client address a session was started from, kept here rather than in
-- the ledger's `session.started` event: the ledger can never be changed,
-- this column can be blanked once the retention period has passed.
ALTER TABLE sessions ADD COLUMN address TEXT;
