-- Runs unchanged on H2 2.x and PostgreSQL 15+.
-- ticket_fact again, for two reasons; ticket_stat is dropped and re-created as V5 left it, as it reads ticket_fact.
--
-- 1. A counter and a clerk come from one event, the right one: the counter of the first call (V4 took the
--    lowest counter number that ever called the ticket), the counter and clerk of the last no-show and of the
--    last finish (V4 took the highest counter number and the greatest username separately, so after two
--    no-shows they could come from different events). Events at the same instant go by id.
-- 2. A ticket's row starts from its 'issued' event, and ticket_id, center_id and issued_at are columns of that
--    event that the row is grouped by. A filter on center_id and issued_at is therefore applied to the event
--    log before the grouping, on both databases: the 'issued' events of the range are found through
--    ix_ticket_event_center_at and the other events of those tickets through ix_ticket_event_ticket, instead of
--    grouping the whole log and filtering afterwards. (A ticket without an 'issued' event, which V4 kept with
--    an empty issued_at that no date filter selects, has no row.)
DROP VIEW ticket_stat;
DROP VIEW ticket_fact;

CREATE VIEW ticket_fact AS
SELECT f.ticket_id, f.center_id, f.service_code, f.issued_at, f.first_called_at,
       (SELECT x.counter_number FROM ticket_event x WHERE x.ticket_id = f.ticket_id AND x.type = 'called'
        ORDER BY x.occurred_at, x.id FETCH FIRST 1 ROW ONLY)                  AS first_called_counter,
       f.started_at, f.finished_at,
       (SELECT x.counter_number FROM ticket_event x WHERE x.ticket_id = f.ticket_id AND x.type = 'finished'
        ORDER BY x.occurred_at DESC, x.id DESC FETCH FIRST 1 ROW ONLY)        AS served_counter,
       (SELECT x.actor FROM ticket_event x WHERE x.ticket_id = f.ticket_id AND x.type = 'finished'
        ORDER BY x.occurred_at DESC, x.id DESC FETCH FIRST 1 ROW ONLY)        AS served_by,
       f.no_shows,
       (SELECT x.counter_number FROM ticket_event x WHERE x.ticket_id = f.ticket_id AND x.type = 'no_show'
        ORDER BY x.occurred_at DESC, x.id DESC FETCH FIRST 1 ROW ONLY)        AS no_show_counter,
       (SELECT x.actor FROM ticket_event x WHERE x.ticket_id = f.ticket_id AND x.type = 'no_show'
        ORDER BY x.occurred_at DESC, x.id DESC FETCH FIRST 1 ROW ONLY)        AS no_show_by,
       f.cancelled, f.expired, f.transferred
FROM (SELECT i.ticket_id                                                   AS ticket_id,
             i.center_id                                                   AS center_id,
             i.service_code                                                AS service_code,
             i.occurred_at                                                 AS issued_at,
             MIN(CASE WHEN e.type = 'called' THEN e.occurred_at END)       AS first_called_at,
             MAX(CASE WHEN e.type = 'started' THEN e.occurred_at END)      AS started_at,
             MAX(CASE WHEN e.type = 'finished' THEN e.occurred_at END)     AS finished_at,
             SUM(CASE WHEN e.type = 'no_show' THEN 1 ELSE 0 END)           AS no_shows,
             MAX(CASE WHEN e.type = 'cancelled' THEN 1 ELSE 0 END)         AS cancelled,
             MAX(CASE WHEN e.type = 'expired' THEN 1 ELSE 0 END)           AS expired,
             MAX(CASE WHEN e.type = 'transferred' THEN 1 ELSE 0 END)       AS transferred
      FROM ticket_event i
      JOIN ticket_event e ON e.ticket_id = i.ticket_id
      WHERE i.type = 'issued'
      GROUP BY i.ticket_id, i.center_id, i.service_code, i.occurred_at) f;

-- As in V5.
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
