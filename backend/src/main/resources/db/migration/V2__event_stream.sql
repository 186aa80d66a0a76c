-- The public event stream: every change of a center gets the next seq of that center, assigned in the
-- same transaction as the change (the center row stays locked until commit, so seq order = commit order).
ALTER TABLE center ADD COLUMN event_seq BIGINT DEFAULT 0 NOT NULL;

-- How the announcement names the counter ("quầy số 5" when empty).
ALTER TABLE counter ADD COLUMN spoken_name VARCHAR(100);

CREATE TABLE center_event (
    center_id    BIGINT       NOT NULL,
    seq          BIGINT       NOT NULL,
    type         VARCHAR(32)  NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    body         VARCHAR(8000) NOT NULL,
    PRIMARY KEY (center_id, seq)
);
