-- Runs unchanged on H2 2.x and PostgreSQL 15+.
-- Statistics and reports read tickets through these views, folded from the append-only ticket event log.

-- One row per ticket: when it was issued (and for which service), first called, last started, finished,
-- where and by whom it was served, and how it ended.
CREATE VIEW ticket_fact AS
SELECT e.ticket_id                                                    AS ticket_id,
       e.center_id                                                    AS center_id,
       MIN(CASE WHEN e.type = 'issued' THEN e.service_code END)       AS service_code,
       MIN(CASE WHEN e.type = 'issued' THEN e.occurred_at END)        AS issued_at,
       MIN(CASE WHEN e.type = 'called' THEN e.occurred_at END)        AS first_called_at,
       MIN(CASE WHEN e.type = 'called' THEN e.counter_number END)     AS first_called_counter,
       MAX(CASE WHEN e.type = 'started' THEN e.occurred_at END)       AS started_at,
       MAX(CASE WHEN e.type = 'finished' THEN e.occurred_at END)      AS finished_at,
       MAX(CASE WHEN e.type = 'finished' THEN e.counter_number END)   AS served_counter,
       MAX(CASE WHEN e.type = 'finished' THEN e.actor END)            AS served_by,
       SUM(CASE WHEN e.type = 'no_show' THEN 1 ELSE 0 END)            AS no_shows,
       MAX(CASE WHEN e.type = 'no_show' THEN e.counter_number END)    AS no_show_counter,
       MAX(CASE WHEN e.type = 'no_show' THEN e.actor END)             AS no_show_by,
       MAX(CASE WHEN e.type = 'cancelled' THEN 1 ELSE 0 END)          AS cancelled,
       MAX(CASE WHEN e.type = 'expired' THEN 1 ELSE 0 END)            AS expired,
       MAX(CASE WHEN e.type = 'transferred' THEN 1 ELSE 0 END)        AS transferred
FROM ticket_event e
GROUP BY e.ticket_id, e.center_id;

-- ticket_fact with the center-local date, hour (0-23) and ISO weekday (1 = Monday) of issue, the service's
-- target, the wait (issue to first call) and the service time (last start to finish) in seconds.
CREATE VIEW ticket_stat AS
SELECT f.ticket_id, f.center_id, f.service_code, s.id AS service_id, s.name AS service_name,
       s.target_wait_minutes,
       f.issued_at, f.first_called_at, f.first_called_counter, f.started_at, f.finished_at,
       f.served_counter, f.served_by, f.no_shows, f.no_show_counter, f.no_show_by,
       f.cancelled, f.expired, f.transferred,
       CAST((f.issued_at AT TIME ZONE c.time_zone) AS DATE)           AS issued_day,
       EXTRACT(HOUR FROM (f.issued_at AT TIME ZONE c.time_zone))      AS issued_hour,
       EXTRACT(ISODOW FROM (f.issued_at AT TIME ZONE c.time_zone))    AS issued_weekday,
       EXTRACT(EPOCH FROM f.first_called_at) - EXTRACT(EPOCH FROM f.issued_at) AS wait_seconds,
       EXTRACT(EPOCH FROM f.finished_at) - EXTRACT(EPOCH FROM f.started_at)    AS service_seconds
FROM ticket_fact f
JOIN center c ON c.id = f.center_id
LEFT JOIN service s ON s.center_id = f.center_id AND s.code = f.service_code;
