ALTER TABLE polls DROP COLUMN seal_signature;
ALTER TABLE polls DROP COLUMN seal_digest;
ALTER TABLE polls DROP COLUMN seal_document;
