-- Whether the chair has finished the agenda: the current item is then
-- NULL as it is before the first item, and the pages must tell the two apart
-- ("the agenda is finished", not "next: the first item").
ALTER TABLE assemblies ADD COLUMN agenda_finished BOOLEAN NOT NULL DEFAULT FALSE;
