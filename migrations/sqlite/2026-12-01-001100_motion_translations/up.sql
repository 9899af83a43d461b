-- A motion's authoritative text is in one language (a BCP 47 tag, one of
-- its assembly's official languages); translations of it are marked as
-- such: in which language, by whom, when, and the SHA-256 of their text.
-- Motions made before keep English.
ALTER TABLE motions ADD COLUMN language TEXT NOT NULL DEFAULT 'en';

CREATE TABLE motion_translations (
    motion_id BIGINT NOT NULL REFERENCES motions (id),
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    at TIMESTAMP NOT NULL,
    PRIMARY KEY (motion_id, language)
);
