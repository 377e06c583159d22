-- Tiller schema, version 4: the strategy's guardrails and the change board.
-- Pillars replace the free-text program.pillars (left unused); budget envelopes are per year; a bin may carry
-- its estimated effort (the load the guardrails count); change requests gain what qualification and the
-- board need; a board session is a meeting of kind 'change_board' (status planned → closed).

CREATE TABLE pillar (
    id {{PK}},
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX pillar_name ON pillar (lower(name));

CREATE TABLE initiative_pillar (
    initiative_id BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    pillar_id BIGINT NOT NULL REFERENCES pillar (id) ON DELETE CASCADE,
    PRIMARY KEY (initiative_id, pillar_id)
);
CREATE INDEX initiative_pillar_pillar ON initiative_pillar (pillar_id);

CREATE TABLE budget_envelope (
    year INTEGER PRIMARY KEY,
    amount DOUBLE PRECISION NOT NULL CHECK (amount >= 0)
);

ALTER TABLE program ADD COLUMN board_cadence TEXT NOT NULL DEFAULT 'monthly';
ALTER TABLE project_bin ADD COLUMN effort_days DOUBLE PRECISION;

ALTER TABLE change_request ADD COLUMN domain_id BIGINT REFERENCES functional_domain (id) ON DELETE SET NULL;
ALTER TABLE change_request ADD COLUMN pillar_id BIGINT REFERENCES pillar (id) ON DELETE SET NULL;
ALTER TABLE change_request ADD COLUMN evidence TEXT NOT NULL DEFAULT '';
ALTER TABLE change_request ADD COLUMN wanted_by TEXT;
ALTER TABLE change_request ADD COLUMN checklist INTEGER NOT NULL DEFAULT 0;
ALTER TABLE change_request ADD COLUMN qualified_on TEXT;
ALTER TABLE change_request ADD COLUMN qualification_note TEXT NOT NULL DEFAULT '';
ALTER TABLE change_request ADD COLUMN deferred_to TEXT;
CREATE INDEX change_request_session ON change_request (session_id);

CREATE TABLE change_request_pain_point (
    request_id BIGINT NOT NULL REFERENCES change_request (id) ON DELETE CASCADE,
    pain_point_id BIGINT NOT NULL REFERENCES pain_point (id) ON DELETE CASCADE,
    PRIMARY KEY (request_id, pain_point_id)
);

ALTER TABLE meeting ADD COLUMN reason TEXT NOT NULL DEFAULT '';

-- The decision log: one row per session and request (a request deferred then approved has two).
CREATE TABLE board_decision (
    id {{PK}},
    session_id BIGINT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    request_id BIGINT NOT NULL REFERENCES change_request (id) ON DELETE CASCADE,
    verdict TEXT NOT NULL CHECK (verdict IN ('approved', 'deferred', 'rejected')),
    reason TEXT NOT NULL DEFAULT '',
    priority INTEGER NOT NULL DEFAULT 0,
    deadline TEXT,
    resources TEXT NOT NULL DEFAULT '',
    deferred_to TEXT,
    initiative_id BIGINT REFERENCES initiative (id) ON DELETE SET NULL,
    bin_id BIGINT REFERENCES project_bin (id) ON DELETE SET NULL,
    created_bin INTEGER NOT NULL DEFAULT 0,
    decided_on TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX board_decision_once ON board_decision (session_id, request_id);
CREATE INDEX board_decision_request ON board_decision (request_id);
