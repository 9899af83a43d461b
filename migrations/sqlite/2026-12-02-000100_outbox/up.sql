-- The outbox: every notice plenum sends by e-mail, written in the same
-- transaction as the change that causes it, then delivered by the sender
-- (src/mail/sender.rs) with retries. The message is composed when it is
-- queued and kept as sent: subject, plain text, HTML, attachments (a JSON
-- list of name, media type and base64 content) and a Message-ID that
-- stays the same on every attempt, so a receiver can tell a repeat.
-- `claimed_by`/`claimed_until` are the sender's lease on a message it
-- is delivering: a lease past its time (an instance killed mid-send) is
-- taken again. `kind` is `domain::outbox::NoticeKind`'s label, unchecked here so
-- a new kind of notice needs no migration (an unknown label fails to read).
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    assembly_id BIGINT REFERENCES assemblies (id),
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    address TEXT NOT NULL,
    language TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    attachments TEXT NOT NULL,
    message_id TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    claimed_by TEXT,
    claimed_until TIMESTAMP,
    last_answer TEXT,
    -- A one-time link the message carries (an invitation's), put into
    -- the words only as the message is handed to the server, and erased
    -- once it is sent or has failed: no usable link stays in the outbox.
    secret TEXT,
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX outbox_assembly ON outbox (assembly_id, id);

-- The video conference a remote delegate joins (shown in the notice and
-- on the delegate's page).
ALTER TABLE assemblies ADD COLUMN remote_link TEXT;

-- One-time links to choose a password (an invitation, or a new password
-- for someone who lost theirs): only the SHA-256 of the token is kept, as
-- for sessions. A link is spent once used, revoked by a newer one for the
-- same account, and dead after `expires_at`.
CREATE TABLE account_tokens (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    revoked_at TIMESTAMP
);
CREATE INDEX account_tokens_account ON account_tokens (account_id);
