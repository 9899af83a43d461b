ALTER TABLE organisations DROP COLUMN joined_on;
