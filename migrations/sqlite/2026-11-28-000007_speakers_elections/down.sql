DROP TABLE election_ballots;
DROP TABLE election_participations;
DROP TABLE election_rounds;
DROP TABLE candidates;
DROP TABLE elections;
DROP TABLE speakers;
