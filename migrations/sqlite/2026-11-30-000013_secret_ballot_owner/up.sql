-- A secret ballot's owner tag: SHA-256 over a label, its receipt and the
-- organisation it was cast for (src/domain/secrecy.rs). Only the holder of
-- the receipt, voting for that organisation, can replace the ballot; the tag
-- alone tells nobody whose ballot it is. NULL for ballots cast before: those
-- cannot be replaced.
ALTER TABLE secret_ballots ADD COLUMN owner_tag TEXT;
ALTER TABLE election_ballots ADD COLUMN owner_tag TEXT;
