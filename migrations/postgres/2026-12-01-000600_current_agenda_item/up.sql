-- The agenda item the chair has taken up: shown on the chair's page, the
-- projector and the delegates' phones. NULL before the first item is taken
-- up and after the last is finished.
ALTER TABLE assemblies ADD COLUMN current_item_id BIGINT REFERENCES agenda_items (id);
