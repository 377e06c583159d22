-- Tiller schema, version 7: governance and CX foundations.
-- The CX direction's lead and reporting line, and how many bins or initiatives one person may be accountable for
-- before the RACI matrix flags an overload; touchpoints of a journey stage; the words that tie customers' answers
-- to a pain point (its evidence); the governance body a meeting record belongs to; one row per RACI cell and role.
ALTER TABLE program ADD COLUMN cx_lead_id BIGINT REFERENCES person (id) ON DELETE SET NULL;
ALTER TABLE program ADD COLUMN cx_reports_to TEXT NOT NULL DEFAULT '';
ALTER TABLE program ADD COLUMN raci_limit INTEGER NOT NULL DEFAULT 6;
ALTER TABLE pain_point ADD COLUMN keywords TEXT NOT NULL DEFAULT '';

CREATE TABLE touchpoint (
    id {{PK}},
    stage_id BIGINT NOT NULL REFERENCES journey_stage (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    channel TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX touchpoint_stage ON touchpoint (stage_id);

CREATE INDEX raci_bin ON raci (bin_id);
CREATE INDEX raci_initiative ON raci (initiative_id);
CREATE INDEX raci_person ON raci (person_id);
CREATE INDEX meeting_body ON meeting (body_id);
CREATE INDEX pain_point_stage ON pain_point (stage_id);

-- Bodies and assessments written before this version: the advocacy council's key, and scores given per dimension
-- (now per question: each question of the dimension takes the dimension's score).
UPDATE governance_body SET kind = 'advocacy_council' WHERE kind = 'advocacy';
INSERT INTO maturity_score (assessment_id, dimension, score) SELECT assessment_id, 'strategy.vision', score FROM maturity_score WHERE dimension = 'strategy';
INSERT INTO maturity_score (assessment_id, dimension, score) SELECT assessment_id, 'strategy.sponsorship', score FROM maturity_score WHERE dimension = 'strategy';
INSERT INTO maturity_score (assessment_id, dimension, score) SELECT assessment_id, 'strategy.roadmap', score FROM maturity_score WHERE dimension = 'strategy';
INSERT INTO maturity_score (assessment_id, dimension, score) SELECT assessment_id, 'understanding.personas', score FROM maturity_score WHERE dimension = 'customer_understanding';
INSERT INTO maturity_score (assessment_id, dimension, score) SELECT assessment_id, 'understanding.journeys', score FROM maturity_score WHERE dimension = 'customer_understanding';
INSERT INTO maturity_score (assessment_id, dimension, score) SELECT assessment_id, 'understanding.voc', score FROM maturity_score WHERE dimension = 'customer_understanding';
INSERT INTO maturity_score (assessment_id, dimension, score) SELECT assessment_id, 'design.codesign', score FROM maturity_score WHERE dimension = 'design';
INSERT INTO maturity_score (assessment_id, dimension, score) SELECT assessment_id, 'design.blueprints', score FROM maturity_score WHERE dimension = 'design';
INSERT INTO maturity_score (assessment_id, dimension, score) SELECT assessment_id, 'design.testing', score FROM maturity_score WHERE dimension = 'design';
INSERT INTO maturity_score (assessment_id, dimension, score) SELECT assessment_id, 'measurement.kpis', score FROM maturity_score WHERE dimension = 'measurement';
INSERT INTO maturity_score (assessment_id, dimension, score) SELECT assessment_id, 'measurement.closed_loop', score FROM maturity_score WHERE dimension = 'measurement';
INSERT INTO maturity_score (assessment_id, dimension, score) SELECT assessment_id, 'measurement.value', score FROM maturity_score WHERE dimension = 'measurement';
INSERT INTO maturity_score (assessment_id, dimension, score) SELECT assessment_id, 'governance.bodies', score FROM maturity_score WHERE dimension = 'governance';
INSERT INTO maturity_score (assessment_id, dimension, score) SELECT assessment_id, 'governance.raci', score FROM maturity_score WHERE dimension = 'governance';
INSERT INTO maturity_score (assessment_id, dimension, score) SELECT assessment_id, 'governance.change_board', score FROM maturity_score WHERE dimension = 'governance';
INSERT INTO maturity_score (assessment_id, dimension, score) SELECT assessment_id, 'culture.training', score FROM maturity_score WHERE dimension = 'culture';
INSERT INTO maturity_score (assessment_id, dimension, score) SELECT assessment_id, 'culture.recognition', score FROM maturity_score WHERE dimension = 'culture';
INSERT INTO maturity_score (assessment_id, dimension, score) SELECT assessment_id, 'culture.empowerment', score FROM maturity_score WHERE dimension = 'culture';
DELETE FROM maturity_score WHERE dimension IN ('strategy', 'customer_understanding', 'design', 'measurement', 'governance', 'culture');
