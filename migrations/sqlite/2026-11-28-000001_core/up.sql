-- plenum core schema (SQLite). Kept in step with migrations/postgres: the
-- same tables and columns (a test compares them).

CREATE TABLE organisations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    country TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('full', 'affiliate')),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('secretariat', 'auditor', 'teller', 'delegate')),
    organisation_id BIGINT REFERENCES organisations (id),
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP NOT NULL,
    CHECK ((role = 'delegate') = (organisation_id IS NOT NULL))
);
CREATE INDEX accounts_organisation ON accounts (organisation_id);

CREATE TABLE sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    token_hash TEXT NOT NULL UNIQUE,
    csrf_token TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);

CREATE TABLE login_failures (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_key TEXT NOT NULL,
    address TEXT NOT NULL,
    at TIMESTAMP NOT NULL
);
CREATE INDEX login_failures_account ON login_failures (account_key, address, at);
CREATE INDEX login_failures_address ON login_failures (address, at);

CREATE TABLE assemblies (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('ordinary', 'extraordinary')),
    format TEXT NOT NULL CHECK (format IN ('in_person', 'remote', 'hybrid')),
    venue TEXT NOT NULL,
    starts_at TIMESTAMP NOT NULL,
    convocation INTEGER NOT NULL CHECK (convocation IN (1, 2)),
    state TEXT NOT NULL CHECK (state IN ('draft', 'convened', 'in_session', 'suspended', 'closed', 'minutes_approved')),
    quorum_required BOOLEAN NOT NULL,
    quorum_numerator INTEGER NOT NULL,
    quorum_denominator INTEGER NOT NULL CHECK (quorum_denominator > 0),
    quorum_strict BOOLEAN NOT NULL,
    proxy_cap INTEGER NOT NULL CHECK (proxy_cap > 0),
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    assembly_id BIGINT NOT NULL REFERENCES assemblies (id),
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('information', 'discussion', 'decision', 'election')),
    UNIQUE (assembly_id, position)
);

-- One row per stay: arriving opens a row, leaving closes it, returning opens
-- a new one. At most one open stay per organisation and assembly.
CREATE TABLE attendance (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    assembly_id BIGINT NOT NULL REFERENCES assemblies (id),
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    mode TEXT NOT NULL CHECK (mode IN ('in_person', 'remote')),
    checked_in_by BIGINT NOT NULL REFERENCES accounts (id),
    arrived_at TIMESTAMP NOT NULL,
    left_at TIMESTAMP
);
CREATE UNIQUE INDEX attendance_one_open_stay ON attendance (assembly_id, organisation_id) WHERE left_at IS NULL;

CREATE TABLE motions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    assembly_id BIGINT NOT NULL REFERENCES assemblies (id),
    agenda_item_id BIGINT REFERENCES agenda_items (id),
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    kind TEXT NOT NULL,
    state TEXT NOT NULL,
    majority_numerator INTEGER NOT NULL,
    majority_denominator INTEGER NOT NULL CHECK (majority_denominator > 0),
    majority_strict BOOLEAN NOT NULL,
    majority_base TEXT NOT NULL CHECK (majority_base IN ('votes_cast', 'present_and_represented', 'all_members')),
    majority_tie TEXT NOT NULL CHECK (majority_tie IN ('rejected', 'chair_decides')),
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE polls (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    motion_id BIGINT NOT NULL REFERENCES motions (id),
    ballot_type TEXT NOT NULL CHECK (ballot_type IN ('roll_call', 'secret', 'tellers')),
    state TEXT NOT NULL CHECK (state IN ('open', 'closed')),
    opened_at TIMESTAMP NOT NULL,
    closed_at TIMESTAMP,
    eligible INTEGER NOT NULL,
    full_members INTEGER NOT NULL,
    present INTEGER NOT NULL,
    represented INTEGER NOT NULL,
    yes INTEGER,
    no INTEGER,
    abstain INTEGER,
    outcome TEXT CHECK (outcome IN ('carried', 'rejected')),
    quorate BOOLEAN,
    explanation TEXT
);
CREATE UNIQUE INDEX polls_one_open_per_motion ON polls (motion_id) WHERE state = 'open';

-- Who may vote, fixed when the poll opens.
CREATE TABLE poll_eligibility (
    poll_id BIGINT NOT NULL REFERENCES polls (id),
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    PRIMARY KEY (poll_id, organisation_id)
);

-- Invariant 1: at most one counted ballot per poll and organisation.
CREATE TABLE ballots (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    poll_id BIGINT NOT NULL REFERENCES polls (id),
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    choice TEXT NOT NULL CHECK (choice IN ('yes', 'no', 'abstain')),
    receipt_hash TEXT NOT NULL UNIQUE,
    cast_at TIMESTAMP NOT NULL,
    UNIQUE (poll_id, organisation_id)
);

CREATE TABLE audit_events (
    seq BIGINT PRIMARY KEY,
    at TIMESTAMP NOT NULL,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    payload TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);

-- Invariant 4 and the ledger, enforced by the database too.
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;

CREATE TRIGGER polls_closed_frozen BEFORE UPDATE ON polls WHEN OLD.state = 'closed'
BEGIN SELECT RAISE(ABORT, 'a closed poll never changes'); END;
CREATE TRIGGER polls_closed_no_delete BEFORE DELETE ON polls WHEN OLD.state = 'closed'
BEGIN SELECT RAISE(ABORT, 'a closed poll never changes'); END;

CREATE TRIGGER ballots_only_while_open BEFORE INSERT ON ballots
WHEN (SELECT state FROM polls WHERE id = NEW.poll_id) IS NOT 'open'
BEGIN SELECT RAISE(ABORT, 'the poll is closed'); END;
CREATE TRIGGER ballots_closed_no_update BEFORE UPDATE ON ballots
WHEN (SELECT state FROM polls WHERE id = OLD.poll_id) = 'closed'
BEGIN SELECT RAISE(ABORT, 'a closed poll never changes'); END;
CREATE TRIGGER ballots_closed_no_delete BEFORE DELETE ON ballots
WHEN (SELECT state FROM polls WHERE id = OLD.poll_id) = 'closed'
BEGIN SELECT RAISE(ABORT, 'a closed poll never changes'); END;
