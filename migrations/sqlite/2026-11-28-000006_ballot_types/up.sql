-- A motion may require its own quorum (e.g. statutes); NULL: the assembly's.
ALTER TABLE motions ADD COLUMN quorum_numerator INTEGER;
ALTER TABLE motions ADD COLUMN quorum_denominator INTEGER;
ALTER TABLE motions ADD COLUMN quorum_strict BOOLEAN;

-- Who proposed a motion (NULL: the secretariat), what it amends, and the
-- chair's reason when it was not admitted or was withdrawn.
ALTER TABLE motions ADD COLUMN proposer_id BIGINT REFERENCES organisations (id);
ALTER TABLE motions ADD COLUMN amends_id BIGINT REFERENCES motions (id);
ALTER TABLE motions ADD COLUMN decision_reason TEXT;

CREATE TABLE motion_seconders (
    motion_id BIGINT NOT NULL REFERENCES motions (id),
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    at TIMESTAMP NOT NULL,
    PRIMARY KEY (motion_id, organisation_id)
);

-- Affiliates' advisory opinions, shown with the motion.
CREATE TABLE motion_opinions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    motion_id BIGINT NOT NULL REFERENCES motions (id),
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    body TEXT NOT NULL,
    at TIMESTAMP NOT NULL
);

-- The deadline for members' motions (NULL: none).
ALTER TABLE assemblies ADD COLUMN motion_deadline TIMESTAMP;

-- Whether a delegate may change its organisation's vote until the close.
ALTER TABLE assemblies ADD COLUMN vote_changes BOOLEAN NOT NULL DEFAULT FALSE;

-- Secret polls: who voted ...
CREATE TABLE participations (
    poll_id BIGINT NOT NULL REFERENCES polls (id),
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    PRIMARY KEY (poll_id, organisation_id)
);

-- ... apart from what was voted: no organisation, no account, no time, and
-- a random key, so neither a column nor the row order joins the two tables.
CREATE TABLE secret_ballots (
    token TEXT NOT NULL PRIMARY KEY,
    poll_id BIGINT NOT NULL REFERENCES polls (id),
    choice TEXT NOT NULL CHECK (choice IN ('yes', 'no', 'abstain')),
    receipt_hash TEXT NOT NULL UNIQUE
) WITHOUT ROWID;

-- Tellers polls: the room's counts and the organisations counted in it.
CREATE TABLE teller_counts (
    poll_id BIGINT NOT NULL PRIMARY KEY REFERENCES polls (id),
    yes INTEGER NOT NULL CHECK (yes >= 0),
    no INTEGER NOT NULL CHECK (no >= 0),
    abstain INTEGER NOT NULL CHECK (abstain >= 0),
    entered_by BIGINT NOT NULL REFERENCES accounts (id),
    entered_at TIMESTAMP NOT NULL
);
CREATE TABLE teller_organisations (
    poll_id BIGINT NOT NULL REFERENCES polls (id),
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    PRIMARY KEY (poll_id, organisation_id)
);

-- A closed poll never changes, whatever table holds its votes.
CREATE TRIGGER participations_only_while_open BEFORE INSERT ON participations
WHEN (SELECT state FROM polls WHERE id = NEW.poll_id) IS NOT 'open'
BEGIN SELECT RAISE(ABORT, 'the poll is closed'); END;
CREATE TRIGGER participations_closed_no_change BEFORE DELETE ON participations
WHEN (SELECT state FROM polls WHERE id = OLD.poll_id) = 'closed'
BEGIN SELECT RAISE(ABORT, 'a closed poll never changes'); END;
CREATE TRIGGER participations_closed_no_update BEFORE UPDATE ON participations
WHEN (SELECT state FROM polls WHERE id = OLD.poll_id) = 'closed'
BEGIN SELECT RAISE(ABORT, 'a closed poll never changes'); END;
CREATE TRIGGER secret_ballots_only_while_open BEFORE INSERT ON secret_ballots
WHEN (SELECT state FROM polls WHERE id = NEW.poll_id) IS NOT 'open'
BEGIN SELECT RAISE(ABORT, 'the poll is closed'); END;
CREATE TRIGGER secret_ballots_closed_no_delete BEFORE DELETE ON secret_ballots
WHEN (SELECT state FROM polls WHERE id = OLD.poll_id) = 'closed'
BEGIN SELECT RAISE(ABORT, 'a closed poll never changes'); END;
CREATE TRIGGER secret_ballots_closed_no_update BEFORE UPDATE ON secret_ballots
WHEN (SELECT state FROM polls WHERE id = OLD.poll_id) = 'closed'
BEGIN SELECT RAISE(ABORT, 'a closed poll never changes'); END;
CREATE TRIGGER teller_counts_only_while_open BEFORE INSERT ON teller_counts
WHEN (SELECT state FROM polls WHERE id = NEW.poll_id) IS NOT 'open'
BEGIN SELECT RAISE(ABORT, 'the poll is closed'); END;
CREATE TRIGGER teller_counts_closed_no_change BEFORE UPDATE ON teller_counts
WHEN (SELECT state FROM polls WHERE id = OLD.poll_id) = 'closed'
BEGIN SELECT RAISE(ABORT, 'a closed poll never changes'); END;
CREATE TRIGGER teller_counts_closed_no_delete BEFORE DELETE ON teller_counts
WHEN (SELECT state FROM polls WHERE id = OLD.poll_id) = 'closed'
BEGIN SELECT RAISE(ABORT, 'a closed poll never changes'); END;

-- Counted in the room or online, never both.
CREATE TRIGGER teller_organisations_guard BEFORE INSERT ON teller_organisations
WHEN (SELECT state FROM polls WHERE id = NEW.poll_id) IS NOT 'open'
  OR EXISTS (SELECT 1 FROM ballots WHERE poll_id = NEW.poll_id AND organisation_id = NEW.organisation_id)
BEGIN SELECT RAISE(ABORT, 'this organisation cannot be counted twice'); END;
CREATE TRIGGER teller_organisations_closed BEFORE DELETE ON teller_organisations
WHEN (SELECT state FROM polls WHERE id = OLD.poll_id) = 'closed'
BEGIN SELECT RAISE(ABORT, 'a closed poll never changes'); END;
CREATE TRIGGER ballots_not_counted_in_the_room BEFORE INSERT ON ballots
WHEN EXISTS (SELECT 1 FROM teller_organisations WHERE poll_id = NEW.poll_id AND organisation_id = NEW.organisation_id)
BEGIN SELECT RAISE(ABORT, 'this organisation cannot be counted twice'); END;
