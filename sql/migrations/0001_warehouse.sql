-- envoy warehouse: articles, officials, trips, meetings, temporal expressions and their evidence.
-- Forward-only: change the schema with a new numbered file, never by editing this one.

CREATE TABLE pipeline_runs (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dag_id              text        NOT NULL,
    run_id              text        NOT NULL,
    data_interval_start timestamptz NOT NULL,
    data_interval_end   timestamptz NOT NULL,
    extractor_version   text        NOT NULL,
    started_at          timestamptz NOT NULL DEFAULT now(),
    finished_at         timestamptz,
    status              text        NOT NULL DEFAULT 'running'
                        CHECK (status IN ('running', 'succeeded', 'failed')),
    counts              jsonb       NOT NULL DEFAULT '{}'::jsonb,
    CHECK (data_interval_end > data_interval_start)
);
CREATE INDEX pipeline_runs_interval_idx ON pipeline_runs (data_interval_start);
COMMENT ON TABLE pipeline_runs IS
    'One row per pipeline run (each attempt of a DAG run): its data interval, extractor version and counts. The only table that grows when a run is repeated.';

CREATE TABLE articles (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_key    text        NOT NULL UNIQUE,
    source         text        NOT NULL,
    url            text,
    title          text,
    author         text,
    published_date date        NOT NULL,
    body           text        NOT NULL,
    body_start     integer     NOT NULL DEFAULT 0 CHECK (body_start >= 0),
    content_sha256 text        NOT NULL CHECK (content_sha256 ~ '^[0-9a-f]{64}$'),
    first_run_id   bigint      REFERENCES pipeline_runs (id) ON DELETE SET NULL,
    fetched_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX articles_published_idx ON articles (published_date);
CREATE INDEX articles_first_run_idx ON articles (first_run_id);
COMMENT ON TABLE articles IS
    'Source articles exactly as extraction saw them: evidence offsets index body (Python str indices, end exclusive). article_key is the stable identity, e.g. seeds:<file name>.';
COMMENT ON COLUMN articles.body_start IS 'Offset where prose starts (after a seed header); text before it is not analysed.';
COMMENT ON COLUMN articles.fetched_at IS 'When the article was first stored; unchanged by reruns.';

CREATE TABLE run_articles (
    run_id     bigint NOT NULL REFERENCES pipeline_runs (id) ON DELETE CASCADE,
    article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (run_id, article_id)
);
CREATE INDEX run_articles_article_idx ON run_articles (article_id);
COMMENT ON TABLE run_articles IS 'Which articles each pipeline run collected (the run''s work list).';

CREATE TABLE article_rejections (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_key    text   NOT NULL,
    source         text   NOT NULL,
    content_sha256 text,
    reason         text   NOT NULL,
    first_run_id   bigint REFERENCES pipeline_runs (id) ON DELETE SET NULL,
    last_run_id    bigint REFERENCES pipeline_runs (id) ON DELETE SET NULL,
    UNIQUE NULLS NOT DISTINCT (article_key, content_sha256)
);
CREATE INDEX article_rejections_first_run_idx ON article_rejections (first_run_id);
CREATE INDEX article_rejections_last_run_idx ON article_rejections (last_run_id);
COMMENT ON TABLE article_rejections IS
    'Source items that could not be used (empty, no date, not UTF-8, ...) with the reason; one row per item and content.';

CREATE TABLE article_analyses (
    article_id        bigint      PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    extractor_version text        NOT NULL,
    analysis          jsonb       NOT NULL,
    resolved          jsonb,
    updated_at        timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE article_analyses IS
    'Staging between pipeline tasks: the spaCy analysis of an article (analysis) and its date-resolved extraction (resolved, the envoy extract JSON).';

CREATE TABLE officials (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text        NOT NULL,
    name_key   text        NOT NULL,
    country    char(2)     CHECK (country ~ '^[A-Z]{2}$'),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE NULLS NOT DISTINCT (name_key, country)
);
COMMENT ON TABLE officials IS
    'Government and international officials. Natural key: (name_key, country); name_key is the name casefolded without punctuation or spaces; country is ISO 3166-1 alpha-2, NULL for international organizations.';

CREATE TABLE official_aliases (
    official_id bigint NOT NULL REFERENCES officials (id) ON DELETE CASCADE,
    alias       text   NOT NULL,
    PRIMARY KEY (official_id, alias)
);
COMMENT ON TABLE official_aliases IS 'Other names an article uses for an official (bare surname, initials, ...).';

CREATE TABLE official_titles (
    official_id bigint NOT NULL REFERENCES officials (id) ON DELETE CASCADE,
    title       text   NOT NULL,
    PRIMARY KEY (official_id, title)
);
COMMENT ON TABLE official_titles IS 'Titles the articles give an official, as written.';

CREATE TABLE trips (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    official_id         bigint      NOT NULL REFERENCES officials (id),
    destination         text,
    destination_country char(2)     NOT NULL CHECK (destination_country ~ '^[A-Z]{2}$'),
    start_date          date,
    end_date            date,
    purpose             text,
    status              text        NOT NULL CHECK (status IN ('held', 'planned')),
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CHECK (end_date >= start_date),
    UNIQUE NULLS NOT DISTINCT (official_id, destination_country, start_date, end_date)
);
COMMENT ON TABLE trips IS
    'An official travelling abroad, one row per destination country. Natural key: (official_id, destination_country, start_date, end_date); dates are day-precise or NULL.';

CREATE TABLE meetings (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    participant_ids  bigint[]    NOT NULL CHECK (cardinality(participant_ids) >= 2),
    meeting_date     date,
    range_start      date,
    range_end        date,
    part_of_day      text        CHECK (part_of_day IN ('morning', 'afternoon', 'evening', 'night')),
    place            text,
    kind             text,
    status           text        NOT NULL CHECK (status IN ('held', 'planned')),
    host_official_id bigint      REFERENCES officials (id),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CHECK (range_end >= range_start),
    UNIQUE NULLS NOT DISTINCT (participant_ids, meeting_date, range_start, range_end)
);
CREATE INDEX meetings_host_idx ON meetings (host_official_id);
COMMENT ON TABLE meetings IS
    'An encounter of two or more officials. Natural key: (participant_ids sorted, meeting_date, range_start, range_end); meeting_date is day-precise or NULL, the range bounds an undated meeting.';

CREATE TABLE meeting_participants (
    meeting_id  bigint  NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    official_id bigint  NOT NULL REFERENCES officials (id),
    is_host     boolean NOT NULL DEFAULT false,
    PRIMARY KEY (meeting_id, official_id)
);
CREATE INDEX meeting_participants_official_idx ON meeting_participants (official_id);
COMMENT ON TABLE meeting_participants IS 'The officials of each meeting, with the host flagged.';

CREATE TABLE temporal_expressions (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id  bigint  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start_char  integer NOT NULL CHECK (start_char >= 0),
    end_char    integer NOT NULL,
    text        text    NOT NULL,
    type        text    NOT NULL CHECK (type IN ('DATE', 'TIME', 'DURATION', 'SET')),
    value       text    NOT NULL,
    first_day   date,
    last_day    date,
    granularity text,
    CHECK (end_char > start_char),
    CHECK (last_day >= first_day),
    UNIQUE (article_id, start_char, end_char)
);
COMMENT ON TABLE temporal_expressions IS
    'Temporal expressions of each article with their TIMEX3 value resolved against the publication date, and calendar bounds (first_day..last_day at granularity).';

CREATE TABLE evidence (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id        bigint  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    official_id       bigint  REFERENCES officials (id) ON DELETE CASCADE,
    trip_id           bigint  REFERENCES trips (id) ON DELETE CASCADE,
    meeting_id        bigint  REFERENCES meetings (id) ON DELETE CASCADE,
    start_char        integer NOT NULL CHECK (start_char >= 0),
    end_char          integer NOT NULL,
    quote             text    NOT NULL,
    rule              text,
    extractor_version text    NOT NULL,
    first_run_id      bigint  REFERENCES pipeline_runs (id) ON DELETE SET NULL,
    CHECK (num_nonnulls(official_id, trip_id, meeting_id) = 1),
    CHECK (end_char > start_char),
    UNIQUE NULLS NOT DISTINCT (article_id, official_id, trip_id, meeting_id, start_char, end_char)
);
CREATE INDEX evidence_official_idx ON evidence (official_id);
CREATE INDEX evidence_trip_idx ON evidence (trip_id);
CREATE INDEX evidence_meeting_idx ON evidence (meeting_id);
CREATE INDEX evidence_first_run_idx ON evidence (first_run_id);
COMMENT ON TABLE evidence IS
    'Provenance: for every official mention, trip and meeting, the article and character span (articles.body[start_char:end_char] = quote) and the rule that produced it.';

-- updated_at moves only when an upsert really changes a row, so reruns leave rows identical.
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW IS DISTINCT FROM OLD THEN
        NEW.updated_at := now();
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER articles_touch BEFORE UPDATE ON articles
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER officials_touch BEFORE UPDATE ON officials
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER trips_touch BEFORE UPDATE ON trips
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER meetings_touch BEFORE UPDATE ON meetings
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
