-- Tiller schema, version 1: the whole domain of architecture.md.
-- Portable SQL for SQLite and PostgreSQL; the only dialect word is {{PK}}
-- (an auto-numbered 64-bit primary key), expanded by the storage layer.
-- Every editable row carries `version`, bumped on each write (optimistic
-- concurrency for team mode and stale-undo detection).

CREATE TABLE program (
    id {{PK}},
    name TEXT NOT NULL,
    vision TEXT NOT NULL DEFAULT '',
    pillars TEXT NOT NULL DEFAULT '',
    budget_envelope DOUBLE PRECISION,
    short_term_months INTEGER NOT NULL DEFAULT 6,
    medium_term_months INTEGER NOT NULL DEFAULT 18,
    long_term_months INTEGER NOT NULL DEFAULT 36,
    version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE person (
    id {{PK}},
    name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    team TEXT NOT NULL DEFAULT '',
    roles INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE functional_domain (
    id {{PK}},
    name TEXT NOT NULL,
    color TEXT NOT NULL DEFAULT '#808080',
    sort_order INTEGER NOT NULL DEFAULT 0,
    capacity_person_days DOUBLE PRECISION,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX functional_domain_name ON functional_domain (lower(name));

CREATE TABLE persona (
    id {{PK}},
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    goals TEXT NOT NULL DEFAULT '',
    frustrations TEXT NOT NULL DEFAULT '',
    version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE journey (
    id {{PK}},
    persona_id BIGINT REFERENCES persona (id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE journey_stage (
    id {{PK}},
    journey_id BIGINT NOT NULL REFERENCES journey (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE pain_point (
    id {{PK}},
    stage_id BIGINT NOT NULL REFERENCES journey_stage (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    severity INTEGER NOT NULL DEFAULT 3 CHECK (severity BETWEEN 1 AND 5),
    version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE project_bin (
    id {{PK}},
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    domain_id BIGINT REFERENCES functional_domain (id) ON DELETE RESTRICT,
    owner_id BIGINT REFERENCES person (id) ON DELETE RESTRICT,
    status TEXT NOT NULL DEFAULT 'proposed',
    priority INTEGER NOT NULL DEFAULT 0,
    horizon TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT,
    budget DOUBLE PRECISION,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX project_bin_code ON project_bin (lower(code));

CREATE TABLE bin_dependency (
    id {{PK}},
    predecessor_id BIGINT NOT NULL REFERENCES project_bin (id) ON DELETE CASCADE,
    successor_id BIGINT NOT NULL REFERENCES project_bin (id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'FS',
    lag_days INTEGER NOT NULL DEFAULT 0,
    version BIGINT NOT NULL DEFAULT 1,
    CHECK (predecessor_id <> successor_id),
    UNIQUE (predecessor_id, successor_id)
);

CREATE TABLE initiative (
    id {{PK}},
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    domain_id BIGINT REFERENCES functional_domain (id) ON DELETE RESTRICT,
    owner_id BIGINT REFERENCES person (id) ON DELETE RESTRICT,
    status TEXT NOT NULL DEFAULT 'idea',
    horizon TEXT NOT NULL DEFAULT '',
    bin_id BIGINT REFERENCES project_bin (id) ON DELETE SET NULL,
    priority INTEGER NOT NULL DEFAULT 0,
    budget DOUBLE PRECISION,
    reach DOUBLE PRECISION,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX initiative_code ON initiative (lower(code));
CREATE INDEX initiative_bin ON initiative (bin_id);

CREATE TABLE initiative_pain_point (
    initiative_id BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    pain_point_id BIGINT NOT NULL REFERENCES pain_point (id) ON DELETE CASCADE,
    PRIMARY KEY (initiative_id, pain_point_id)
);

CREATE TABLE scoring_model (
    id {{PK}},
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'weighted',
    active INTEGER NOT NULL DEFAULT 0,
    version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE scoring_criterion (
    id {{PK}},
    model_id BIGINT NOT NULL REFERENCES scoring_model (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    side TEXT NOT NULL CHECK (side IN ('benefit', 'cost')),
    weight DOUBLE PRECISION NOT NULL DEFAULT 1,
    scale_min DOUBLE PRECISION NOT NULL DEFAULT 1,
    scale_max DOUBLE PRECISION NOT NULL DEFAULT 5,
    sort_order INTEGER NOT NULL DEFAULT 0,
    version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE initiative_score (
    id {{PK}},
    initiative_id BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    criterion_id BIGINT NOT NULL REFERENCES scoring_criterion (id) ON DELETE CASCADE,
    person_id BIGINT REFERENCES person (id) ON DELETE CASCADE,
    value DOUBLE PRECISION NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX initiative_score_initiative ON initiative_score (initiative_id);

CREATE TABLE voting_round (
    id {{PK}},
    name TEXT NOT NULL,
    method TEXT NOT NULL DEFAULT 'schulze',
    ballot_kind TEXT NOT NULL DEFAULT 'ranking',
    status TEXT NOT NULL DEFAULT 'open',
    opened_at TEXT,
    deadline TEXT,
    closed_at TEXT,
    result TEXT,
    version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE round_initiative (
    round_id BIGINT NOT NULL REFERENCES voting_round (id) ON DELETE CASCADE,
    initiative_id BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    PRIMARY KEY (round_id, initiative_id)
);

CREATE TABLE round_voter (
    round_id BIGINT NOT NULL REFERENCES voting_round (id) ON DELETE CASCADE,
    person_id BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    PRIMARY KEY (round_id, person_id)
);

CREATE TABLE ballot (
    id {{PK}},
    round_id BIGINT NOT NULL REFERENCES voting_round (id) ON DELETE CASCADE,
    voter_id BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'draft',
    submitted_at TEXT,
    version BIGINT NOT NULL DEFAULT 1,
    UNIQUE (round_id, voter_id)
);

CREATE TABLE ballot_entry (
    ballot_id BIGINT NOT NULL REFERENCES ballot (id) ON DELETE CASCADE,
    initiative_id BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    rank_value INTEGER,
    points INTEGER,
    moscow TEXT,
    PRIMARY KEY (ballot_id, initiative_id)
);

CREATE TABLE charter (
    bin_id BIGINT PRIMARY KEY REFERENCES project_bin (id) ON DELETE CASCADE,
    objectives TEXT NOT NULL DEFAULT '',
    benefits TEXT NOT NULL DEFAULT '',
    scope_in TEXT NOT NULL DEFAULT '',
    scope_out TEXT NOT NULL DEFAULT '',
    risks TEXT NOT NULL DEFAULT '',
    sponsor_id BIGINT REFERENCES person (id) ON DELETE SET NULL,
    version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE charter_phase (
    id {{PK}},
    bin_id BIGINT NOT NULL REFERENCES project_bin (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    start_date TEXT,
    end_date TEXT,
    sort_order INTEGER NOT NULL DEFAULT 0,
    version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE dod_item (
    id {{PK}},
    bin_id BIGINT NOT NULL REFERENCES project_bin (id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    done INTEGER NOT NULL DEFAULT 0,
    sort_order INTEGER NOT NULL DEFAULT 0,
    version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE task (
    id {{PK}},
    bin_id BIGINT NOT NULL REFERENCES project_bin (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    owner_id BIGINT REFERENCES person (id) ON DELETE SET NULL,
    due_date TEXT,
    estimate_days DOUBLE PRECISION,
    status TEXT NOT NULL DEFAULT 'todo',
    blocked_reason TEXT NOT NULL DEFAULT '',
    objective_week TEXT,
    created_at TEXT,
    completed_at TEXT,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX task_bin ON task (bin_id);
CREATE INDEX task_owner ON task (owner_id);

CREATE TABLE task_transfer (
    id {{PK}},
    task_id BIGINT NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    from_person_id BIGINT REFERENCES person (id) ON DELETE SET NULL,
    to_person_id BIGINT REFERENCES person (id) ON DELETE SET NULL,
    note TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
);

CREATE TABLE governance_body (
    id {{PK}},
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'other',
    purpose TEXT NOT NULL DEFAULT '',
    chair_id BIGINT REFERENCES person (id) ON DELETE SET NULL,
    cadence TEXT NOT NULL DEFAULT 'monthly',
    next_meeting TEXT,
    version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE body_member (
    body_id BIGINT NOT NULL REFERENCES governance_body (id) ON DELETE CASCADE,
    person_id BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT 'member',
    PRIMARY KEY (body_id, person_id)
);

CREATE TABLE meeting (
    id {{PK}},
    kind TEXT NOT NULL,
    body_id BIGINT REFERENCES governance_body (id) ON DELETE SET NULL,
    held_on TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    decisions TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'planned',
    version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE meeting_attendee (
    meeting_id BIGINT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    person_id BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, person_id)
);

CREATE TABLE change_request (
    id {{PK}},
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL DEFAULT 'internal',
    submitter_id BIGINT REFERENCES person (id) ON DELETE SET NULL,
    submitted_on TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'submitted',
    urgency INTEGER NOT NULL DEFAULT 0,
    est_benefit DOUBLE PRECISION,
    est_cost DOUBLE PRECISION,
    est_effort_days DOUBLE PRECISION,
    session_id BIGINT REFERENCES meeting (id) ON DELETE SET NULL,
    decision TEXT,
    decision_reason TEXT NOT NULL DEFAULT '',
    priority INTEGER NOT NULL DEFAULT 0,
    deadline TEXT,
    resources TEXT NOT NULL DEFAULT '',
    initiative_id BIGINT REFERENCES initiative (id) ON DELETE SET NULL,
    bin_id BIGINT REFERENCES project_bin (id) ON DELETE SET NULL,
    decided_on TEXT,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX change_request_code ON change_request (lower(code));

CREATE TABLE kpi (
    id {{PK}},
    name TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    target DOUBLE PRECISION,
    direction TEXT NOT NULL DEFAULT 'up' CHECK (direction IN ('up', 'down')),
    owner_id BIGINT REFERENCES person (id) ON DELETE SET NULL,
    stage_id BIGINT REFERENCES journey_stage (id) ON DELETE SET NULL,
    version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE kpi_measurement (
    id {{PK}},
    kpi_id BIGINT NOT NULL REFERENCES kpi (id) ON DELETE CASCADE,
    measured_on TEXT NOT NULL,
    value DOUBLE PRECISION NOT NULL
);
CREATE INDEX kpi_measurement_kpi ON kpi_measurement (kpi_id, measured_on);

CREATE TABLE voc_record (
    id {{PK}},
    recorded_on TEXT NOT NULL,
    channel TEXT NOT NULL DEFAULT '',
    stage_id BIGINT REFERENCES journey_stage (id) ON DELETE SET NULL,
    metric TEXT NOT NULL CHECK (metric IN ('nps', 'csat', 'ces')),
    score DOUBLE PRECISION NOT NULL,
    verbatim TEXT NOT NULL DEFAULT ''
);
CREATE INDEX voc_record_metric_date ON voc_record (metric, recorded_on);
CREATE INDEX voc_record_stage ON voc_record (stage_id);

CREATE TABLE maturity_assessment (
    id {{PK}},
    assessed_on TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE maturity_score (
    assessment_id BIGINT NOT NULL REFERENCES maturity_assessment (id) ON DELETE CASCADE,
    dimension TEXT NOT NULL,
    score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    PRIMARY KEY (assessment_id, dimension)
);

CREATE TABLE raci (
    id {{PK}},
    bin_id BIGINT REFERENCES project_bin (id) ON DELETE CASCADE,
    initiative_id BIGINT REFERENCES initiative (id) ON DELETE CASCADE,
    person_id BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('R', 'A', 'C', 'I')),
    version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE audit_log (
    id {{PK}},
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL DEFAULT '',
    entity TEXT NOT NULL,
    entity_id BIGINT,
    field TEXT NOT NULL DEFAULT '',
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
