-- An article whose extraction fails is recorded with the error and skipped; the rest of the run loads.
-- depends: 0003_meeting_kind_in_key

ALTER TABLE article_analyses
    ALTER COLUMN analysis DROP NOT NULL,
    ADD COLUMN error text,
    ADD CONSTRAINT article_analyses_outcome CHECK (num_nonnulls(analysis, error) >= 1);
COMMENT ON COLUMN article_analyses.error IS
    'Why extraction or date resolution failed for this article (then it is not loaded); NULL when it worked.';
