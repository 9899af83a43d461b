-- The speakers' list: one queue for the room and remote.
CREATE TABLE speakers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    assembly_id BIGINT NOT NULL REFERENCES assemblies (id),
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    state TEXT NOT NULL CHECK (state IN ('queued', 'speaking', 'done', 'withdrawn')),
    requested_at TIMESTAMP NOT NULL,
    started_at TIMESTAMP,
    ended_at TIMESTAMP
);
CREATE UNIQUE INDEX speakers_one_request_per_organisation ON speakers (assembly_id, organisation_id)
    WHERE state IN ('queued', 'speaking');
CREATE UNIQUE INDEX speakers_one_floor ON speakers (assembly_id) WHERE state = 'speaking';

-- Elections (e.g. of the Board): seats, candidates, and rounds of secret
-- approval ballots (at most `seats` names each, or none to abstain).
CREATE TABLE elections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    assembly_id BIGINT NOT NULL REFERENCES assemblies (id),
    title TEXT NOT NULL,
    seats INTEGER NOT NULL CHECK (seats > 0),
    absolute_majority BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE TABLE candidates (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    election_id BIGINT NOT NULL REFERENCES elections (id),
    name TEXT NOT NULL,
    organisation_id BIGINT REFERENCES organisations (id),
    UNIQUE (election_id, name)
);
-- A round: its candidates and eligibility fixed when it opens (JSON), its
-- result when it closes (JSON).
CREATE TABLE election_rounds (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    election_id BIGINT NOT NULL REFERENCES elections (id),
    round INTEGER NOT NULL,
    seats INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('open', 'closed')),
    candidates TEXT NOT NULL,
    eligible TEXT NOT NULL,
    opened_at TIMESTAMP NOT NULL,
    closed_at TIMESTAMP,
    result TEXT,
    UNIQUE (election_id, round)
);
CREATE UNIQUE INDEX election_rounds_one_open ON election_rounds (election_id) WHERE state = 'open';
CREATE TABLE election_participations (
    round_id BIGINT NOT NULL REFERENCES election_rounds (id),
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    PRIMARY KEY (round_id, organisation_id)
);
CREATE TABLE election_ballots (
    token TEXT NOT NULL PRIMARY KEY,
    round_id BIGINT NOT NULL REFERENCES election_rounds (id),
    choices TEXT NOT NULL,
    receipt_hash TEXT NOT NULL UNIQUE
) WITHOUT ROWID;

CREATE TRIGGER election_rounds_closed_frozen BEFORE UPDATE ON election_rounds WHEN OLD.state = 'closed'
BEGIN SELECT RAISE(ABORT, 'a closed poll never changes'); END;
CREATE TRIGGER election_participations_open BEFORE INSERT ON election_participations
WHEN (SELECT state FROM election_rounds WHERE id = NEW.round_id) IS NOT 'open'
BEGIN SELECT RAISE(ABORT, 'the poll is closed'); END;
CREATE TRIGGER election_participations_frozen BEFORE DELETE ON election_participations
WHEN (SELECT state FROM election_rounds WHERE id = OLD.round_id) = 'closed'
BEGIN SELECT RAISE(ABORT, 'a closed poll never changes'); END;
CREATE TRIGGER election_ballots_open BEFORE INSERT ON election_ballots
WHEN (SELECT state FROM election_rounds WHERE id = NEW.round_id) IS NOT 'open'
BEGIN SELECT RAISE(ABORT, 'the poll is closed'); END;
CREATE TRIGGER election_ballots_frozen_update BEFORE UPDATE ON election_ballots
WHEN (SELECT state FROM election_rounds WHERE id = OLD.round_id) = 'closed'
BEGIN SELECT RAISE(ABORT, 'a closed poll never changes'); END;
CREATE TRIGGER election_ballots_frozen_delete BEFORE DELETE ON election_ballots
WHEN (SELECT state FROM election_rounds WHERE id = OLD.round_id) = 'closed'
BEGIN SELECT RAISE(ABORT, 'a closed poll never changes'); END;
