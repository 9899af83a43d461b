-- A closed poll's counted-in-the-room organisations and a closed round's
-- participations could still be UPDATEd on SQLite (PostgreSQL's guards
-- already cover INSERT, UPDATE and DELETE): refused now, as every other row
-- of a closed poll.
CREATE TRIGGER teller_organisations_closed_no_update BEFORE UPDATE ON teller_organisations
WHEN (SELECT state FROM polls WHERE id = OLD.poll_id) = 'closed'
  OR (SELECT state FROM polls WHERE id = NEW.poll_id) = 'closed'
BEGIN SELECT RAISE(ABORT, 'a closed poll never changes'); END;
CREATE TRIGGER election_participations_closed_no_update BEFORE UPDATE ON election_participations
WHEN (SELECT state FROM election_rounds WHERE id = OLD.round_id) = 'closed'
  OR (SELECT state FROM election_rounds WHERE id = NEW.round_id) = 'closed'
BEGIN SELECT RAISE(ABORT, 'a closed poll never changes'); END;
