-- The agenda item the chair has taken up: shown on the chair's page, the
-- projector and the delegates' phones. NULL before the first item is taken
-- up and after the last is finished. (No REFERENCES here: SQLite cannot
-- drop a column that has one; the service checks the item is the
-- assembly's own, and PostgreSQL's column has the reference.)
ALTER TABLE assemblies ADD COLUMN current_item_id BIGINT;
