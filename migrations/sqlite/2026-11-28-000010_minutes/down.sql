DROP TABLE incidents;
DROP TABLE minutes;
