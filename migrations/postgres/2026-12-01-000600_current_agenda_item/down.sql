ALTER TABLE assemblies DROP COLUMN current_item_id;
