-- Runs unchanged on H2 2.x and PostgreSQL 15+.
-- 1. The ticket event log names what happened in the past tense, as the event stream does (ticket.started ...):
--    rows written before this version used the action's name.
UPDATE ticket_event SET type = 'started' WHERE type = 'start';
UPDATE ticket_event SET type = 'finished' WHERE type = 'finish';
UPDATE ticket_event SET type = 'cancelled' WHERE type = 'cancel';
UPDATE ticket_event SET type = 'recalled' WHERE type = 'recall';
UPDATE ticket_event SET type = 'rejoined' WHERE type = 'rejoin';

-- 2. issued_day through TO_CHAR: on H2, CAST(... AT TIME ZONE z AS DATE) gives the date in the JVM's zone,
--    not the center's (EXTRACT of hour and weekday is right on both).
DROP VIEW ticket_stat;
CREATE VIEW ticket_stat AS
SELECT f.ticket_id, f.center_id, f.service_code, s.id AS service_id, s.name AS service_name,
       s.target_wait_minutes,
       f.issued_at, f.first_called_at, f.first_called_counter, f.started_at, f.finished_at,
       f.served_counter, f.served_by, f.no_shows, f.no_show_counter, f.no_show_by,
       f.cancelled, f.expired, f.transferred,
       CAST(TO_CHAR((f.issued_at AT TIME ZONE c.time_zone), 'YYYY-MM-DD') AS DATE) AS issued_day,
       EXTRACT(HOUR FROM (f.issued_at AT TIME ZONE c.time_zone))      AS issued_hour,
       EXTRACT(ISODOW FROM (f.issued_at AT TIME ZONE c.time_zone))    AS issued_weekday,
       EXTRACT(EPOCH FROM f.first_called_at) - EXTRACT(EPOCH FROM f.issued_at) AS wait_seconds,
       EXTRACT(EPOCH FROM f.finished_at) - EXTRACT(EPOCH FROM f.started_at)    AS service_seconds
FROM ticket_fact f
JOIN center c ON c.id = f.center_id
LEFT JOIN service s ON s.center_id = f.center_id AND s.code = f.service_code;
