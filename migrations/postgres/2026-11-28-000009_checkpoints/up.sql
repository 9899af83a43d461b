-- Signed checkpoints of the ledger head, taken when a session opens and when
-- it is suspended or closed: an auditor holding one can tell a ledger cut
-- short after it. Append-only like the ledger.
CREATE TABLE ledger_checkpoints (
    id BIGSERIAL PRIMARY KEY,
    assembly_id BIGINT NOT NULL REFERENCES assemblies(id),
    reason TEXT NOT NULL,
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL,
    at TIMESTAMP NOT NULL,
    digest TEXT NOT NULL,
    signature TEXT NOT NULL
);
CREATE INDEX ledger_checkpoints_assembly ON ledger_checkpoints(assembly_id);

CREATE TRIGGER ledger_checkpoints_append_only BEFORE UPDATE OR DELETE ON ledger_checkpoints
FOR EACH ROW EXECUTE FUNCTION plenum_refuse('checkpoints are append-only');

-- An election round's seal, as a poll's.
ALTER TABLE election_rounds ADD COLUMN seal_document TEXT;
ALTER TABLE election_rounds ADD COLUMN seal_digest TEXT;
ALTER TABLE election_rounds ADD COLUMN seal_signature TEXT;

