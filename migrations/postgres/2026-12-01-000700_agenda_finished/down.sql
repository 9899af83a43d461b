ALTER TABLE assemblies DROP COLUMN agenda_finished;
