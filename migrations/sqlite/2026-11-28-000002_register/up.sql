-- When an organisation joined the network.
ALTER TABLE organisations ADD COLUMN joined_on DATE;
