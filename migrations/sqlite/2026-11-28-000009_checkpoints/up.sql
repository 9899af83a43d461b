-- Signed checkpoints of the ledger head, taken when a session opens and when
-- it is suspended or closed: an auditor holding one can tell a ledger cut
-- short after it. Append-only like the ledger.
CREATE TABLE ledger_checkpoints (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    assembly_id BIGINT NOT NULL REFERENCES assemblies(id),
    reason TEXT NOT NULL,
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL,
    at TIMESTAMP NOT NULL,
    digest TEXT NOT NULL,
    signature TEXT NOT NULL
);
CREATE INDEX ledger_checkpoints_assembly ON ledger_checkpoints(assembly_id);

CREATE TRIGGER ledger_checkpoints_no_update BEFORE UPDATE ON ledger_checkpoints
BEGIN SELECT RAISE(ABORT, 'checkpoints are append-only'); END;
CREATE TRIGGER ledger_checkpoints_no_delete BEFORE DELETE ON ledger_checkpoints
BEGIN SELECT RAISE(ABORT, 'checkpoints are append-only'); END;

-- An election round's seal, as a poll's.
ALTER TABLE election_rounds ADD COLUMN seal_document TEXT;
ALTER TABLE election_rounds ADD COLUMN seal_digest TEXT;
ALTER TABLE election_rounds ADD COLUMN seal_signature TEXT;


-- A closed round is not deleted either (PostgreSQL's trigger covers both).
CREATE TRIGGER election_rounds_closed_no_delete BEFORE DELETE ON election_rounds WHEN OLD.state = 'closed'
BEGIN SELECT RAISE(ABORT, 'a closed poll never changes'); END;
