-- Tiller schema, version 3: prioritisation.
-- Criteria know their role in the RICE and WSJF formulas; the program keeps
-- its quadrant thresholds; voting rounds know their point budgets; a score is
-- unique per initiative, criterion and rater (no rater = the agreed value).

ALTER TABLE scoring_criterion ADD COLUMN role TEXT NOT NULL DEFAULT 'generic';

ALTER TABLE program ADD COLUMN value_threshold DOUBLE PRECISION NOT NULL DEFAULT 50;
ALTER TABLE program ADD COLUMN effort_threshold DOUBLE PRECISION NOT NULL DEFAULT 50;

ALTER TABLE voting_round ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE voting_round ADD COLUMN points_budget INTEGER NOT NULL DEFAULT 100;
ALTER TABLE voting_round ADD COLUMN points_cap INTEGER NOT NULL DEFAULT 0;
ALTER TABLE voting_round ADD COLUMN reopened INTEGER NOT NULL DEFAULT 0;

CREATE UNIQUE INDEX initiative_score_agreed ON initiative_score (initiative_id, criterion_id) WHERE person_id IS NULL;
CREATE UNIQUE INDEX initiative_score_rater ON initiative_score (initiative_id, criterion_id, person_id)
    WHERE person_id IS NOT NULL;
CREATE INDEX ballot_entry_initiative ON ballot_entry (initiative_id);

ALTER TABLE program ADD COLUMN scoring_model_id BIGINT REFERENCES scoring_model (id) ON DELETE SET NULL;
