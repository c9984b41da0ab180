-- Analyst views: one readable row per official, trip and meeting, with the articles behind it.
-- depends: 0001_warehouse

CREATE OR REPLACE VIEW official_overview AS
SELECT o.id,
       o.name,
       o.country,
       (SELECT array_agg(t.title ORDER BY t.title) FROM official_titles t WHERE t.official_id = o.id) AS titles,
       (SELECT array_agg(a.alias ORDER BY a.alias) FROM official_aliases a WHERE a.official_id = o.id) AS aliases,
       (SELECT count(DISTINCT e.article_id) FROM evidence e WHERE e.official_id = o.id) AS articles
FROM officials o;
COMMENT ON VIEW official_overview IS 'Officials with their titles, aliases and the number of articles naming them.';

CREATE OR REPLACE VIEW trip_overview AS
SELECT t.id,
       o.name AS traveler,
       o.country AS traveler_country,
       t.destination,
       t.destination_country,
       t.start_date,
       t.end_date,
       t.status,
       t.purpose,
       (SELECT array_agg(DISTINCT a.article_key) FROM evidence e JOIN articles a ON a.id = e.article_id
         WHERE e.trip_id = t.id) AS articles
FROM trips t
JOIN officials o ON o.id = t.official_id;
COMMENT ON VIEW trip_overview IS 'Trips with the traveler''s name and the articles that report them.';

CREATE OR REPLACE VIEW meeting_overview AS
SELECT m.id,
       (SELECT array_agg(o.name ORDER BY o.name) FROM meeting_participants p
          JOIN officials o ON o.id = p.official_id WHERE p.meeting_id = m.id) AS participants,
       h.name AS host,
       m.meeting_date,
       m.range_start,
       m.range_end,
       m.part_of_day,
       m.place,
       m.kind,
       m.status,
       (SELECT array_agg(DISTINCT a.article_key) FROM evidence e JOIN articles a ON a.id = e.article_id
         WHERE e.meeting_id = m.id) AS articles
FROM meetings m
LEFT JOIN officials h ON h.id = m.host_official_id;
COMMENT ON VIEW meeting_overview IS 'Meetings with participant and host names and the articles that report them.';
