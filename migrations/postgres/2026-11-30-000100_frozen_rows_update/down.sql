-- SQLite only: PostgreSQL's guards on teller_organisations and
-- election_participations already refuse UPDATE on a closed poll or round.
SELECT 1;
