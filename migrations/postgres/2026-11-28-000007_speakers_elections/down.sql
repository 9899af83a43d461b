DROP TABLE election_ballots;
DROP TABLE election_participations;
DROP TABLE election_rounds;
DROP TABLE candidates;
DROP TABLE elections;
DROP TABLE speakers;
DROP FUNCTION plenum_round_votes_guard();
