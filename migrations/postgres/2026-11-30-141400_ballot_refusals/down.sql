DROP TABLE ballot_refusals;
