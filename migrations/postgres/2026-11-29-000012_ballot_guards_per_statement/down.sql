DROP TRIGGER ballots_inserted ON ballots;
DROP FUNCTION plenum_ballots_inserted();
DROP TRIGGER ballots_guard ON ballots;
CREATE TRIGGER ballots_guard BEFORE INSERT OR UPDATE OR DELETE ON ballots
FOR EACH ROW EXECUTE FUNCTION plenum_ballots_guard();
CREATE TRIGGER ballots_counted_once BEFORE INSERT ON ballots
FOR EACH ROW EXECUTE FUNCTION plenum_counted_once();
