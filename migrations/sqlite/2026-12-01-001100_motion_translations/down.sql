DROP TABLE motion_translations;
ALTER TABLE motions DROP COLUMN language;
