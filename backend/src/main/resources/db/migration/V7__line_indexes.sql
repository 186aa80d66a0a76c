-- Runs unchanged on H2 2.x and PostgreSQL 15+.
-- "Call next" reads only the few tickets of each line the calling policies look at (ServiceQueue.candidates),
-- each with a LIMIT 1 query that walks one of these indexes in order: a service's waiting tickets of one
-- priority kind in line order (transferred first, then by the time they joined the line), and all its waiting
-- tickets in the order they were issued. The queries name every index column in ORDER BY, the equal ones too,
-- so that H2 reads the index in order and stops at the first row instead of sorting the whole line.
CREATE INDEX ix_ticket_line ON ticket (service_id, status, priority, front DESC, queued_at, id);
CREATE INDEX ix_ticket_issued ON ticket (service_id, status, issued_at, front DESC, queued_at, id);
-- (service_id, status) is the start of both: one index fewer to write on every change of a ticket
DROP INDEX ix_ticket_service_status;
