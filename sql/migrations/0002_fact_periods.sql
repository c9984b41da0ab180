-- Calendar bounds for trips and meetings known only coarsely ("in January", "next week"):
-- start_date/end_date/meeting_date stay day-precise or NULL; the period keeps what is known.
-- depends: 0001_warehouse

ALTER TABLE trips
    ADD COLUMN period_first       date,
    ADD COLUMN period_last        date,
    ADD COLUMN period_granularity text,
    ADD CONSTRAINT trips_period_check CHECK (period_last >= period_first);
COMMENT ON COLUMN trips.period_first IS 'First day the trip can fall in when only coarser dates are known (e.g. 2021-01-01 for "in January").';
COMMENT ON COLUMN trips.period_last IS 'Last day the trip can fall in when only coarser dates are known.';
COMMENT ON COLUMN trips.period_granularity IS 'Granularity of the period: week, month, quarter, season, year, ...';

ALTER TABLE meetings
    ADD COLUMN period_first       date,
    ADD COLUMN period_last        date,
    ADD COLUMN period_granularity text,
    ADD CONSTRAINT meetings_period_check CHECK (period_last >= period_first);
COMMENT ON COLUMN meetings.period_first IS 'First day of the period the meeting falls in when its day is not known (e.g. "next week").';
COMMENT ON COLUMN meetings.period_last IS 'Last day of that period.';
COMMENT ON COLUMN meetings.period_granularity IS 'Granularity of the period: week, month, quarter, season, year, ...';

CREATE INDEX trips_official_country_idx ON trips (official_id, destination_country);
CREATE INDEX official_aliases_alias_idx ON official_aliases (alias);
