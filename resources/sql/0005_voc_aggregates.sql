-- Tiller schema, version 5: the dashboard reads Voice-of-Customer aggregates by metric and period, per month or
-- per journey stage. This index holds every column those queries read, so they never visit the table's rows
-- (records arrive in any date order: without it, a long period means a random read per record).
CREATE INDEX voc_record_metric_cover ON voc_record (metric, recorded_on, stage_id, score);
DROP INDEX voc_record_metric_date;
