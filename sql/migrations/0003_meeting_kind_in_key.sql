-- One article can report two undated meetings of the same officials (a ministerial session and a
-- bilateral on its margins): the kind of meeting is part of a meeting's natural key.
-- depends: 0002_fact_periods

ALTER TABLE meetings DROP CONSTRAINT meetings_participant_ids_meeting_date_range_start_range_end_key;
ALTER TABLE meetings ADD CONSTRAINT meetings_natural_key
    UNIQUE NULLS NOT DISTINCT (participant_ids, meeting_date, range_start, range_end, kind);
COMMENT ON TABLE meetings IS
    'An encounter of two or more officials. Natural key: (participant_ids sorted, meeting_date, range_start, range_end, kind); meeting_date is day-precise or NULL, the range bounds an undated meeting.';
