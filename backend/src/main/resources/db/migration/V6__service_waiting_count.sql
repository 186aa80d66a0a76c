-- Runs unchanged on H2 2.x and PostgreSQL 15+.
-- How many tickets wait in each service's line, kept by every change in the same transaction, under the
-- service row's lock (issue +1; call, cancel, expiry -1; rejoin and transfer in +1), so that events and
-- issue answers need not count the line.
ALTER TABLE service ADD COLUMN waiting_count INTEGER DEFAULT 0 NOT NULL;
UPDATE service SET waiting_count = (SELECT COUNT(*) FROM ticket t WHERE t.service_id = service.id AND t.status = 'WAITING');
