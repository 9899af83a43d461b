-- How many ballots of an organisation were refused in a poll (subject
-- `poll:{id}`) or an election round (`round:{id}`). The ledger keeps the
-- first refusals (max_recorded_refusals_per_poll); past them a refusal is
-- still answered but only counted here, so one client cannot grow the
-- permanent record without bound.
CREATE TABLE ballot_refusals (
    subject TEXT NOT NULL,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    refused BIGINT NOT NULL,
    PRIMARY KEY (subject, organisation_id)
);
