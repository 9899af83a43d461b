DROP INDEX sessions_created_at;
ALTER TABLE sessions DROP COLUMN address;
