-- Tiller schema, version 2: decision snapshots (prioritisation), notifications
-- and the mail outbox (execution rhythm).

-- A frozen record of a decision: weights, scores, ballots, result, rationale.
CREATE TABLE decision_snapshot (
    id {{PK}},
    kind TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    taken_at TEXT NOT NULL,
    actor TEXT NOT NULL DEFAULT '',
    rationale TEXT NOT NULL DEFAULT '',
    round_id BIGINT REFERENCES voting_round (id) ON DELETE SET NULL,
    payload TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE notification (
    id {{PK}},
    person_id BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    created_at TEXT NOT NULL,
    read_at TEXT,
    entity TEXT NOT NULL DEFAULT '',
    entity_id BIGINT,
    text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX notification_person ON notification (person_id, read_at);

-- Mails wait here until sent: a failed send is retried, never lost.
CREATE TABLE mail_outbox (
    id {{PK}},
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    sent_at TEXT
);
