-- A closed poll's seal: the sealed document, its SHA-256 and the instance's
-- Ed25519 signature over that digest.
ALTER TABLE polls ADD COLUMN seal_document TEXT;
ALTER TABLE polls ADD COLUMN seal_digest TEXT;
ALTER TABLE polls ADD COLUMN seal_signature TEXT;
