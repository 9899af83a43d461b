DROP TABLE register_at_close;
