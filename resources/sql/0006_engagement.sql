-- Tiller schema, version 6: milestones and recognition for the leaders' dashboard.
-- A charter phase records the day its milestone was reached (the on-time rate of milestones); a done task the
-- day it was celebrated as a success in a weekly review; the program whether engagement and recognition
-- (points, badges, leaderboards) are shown at all.
ALTER TABLE charter_phase ADD COLUMN reached_on TEXT;
ALTER TABLE task ADD COLUMN celebrated_on TEXT;
ALTER TABLE program ADD COLUMN engagement INTEGER NOT NULL DEFAULT 1;
