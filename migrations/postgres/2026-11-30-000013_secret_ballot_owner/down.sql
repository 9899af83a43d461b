ALTER TABLE election_ballots DROP COLUMN owner_tag;
ALTER TABLE secret_ballots DROP COLUMN owner_tag;
