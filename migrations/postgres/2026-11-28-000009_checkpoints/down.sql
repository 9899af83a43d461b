ALTER TABLE election_rounds DROP COLUMN seal_signature;
ALTER TABLE election_rounds DROP COLUMN seal_digest;
ALTER TABLE election_rounds DROP COLUMN seal_document;
DROP TABLE ledger_checkpoints;
