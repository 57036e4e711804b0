-- The 决算 tables of a filing as the consolidation (汇总) reads them, written with the submission at upload (or on the
-- first consolidation for older rows), so a consolidation sums stored figures instead of re-opening every original.
CREATE TABLE submission_tables (
    submission_id BIGINT   NOT NULL PRIMARY KEY,
    tables_json   LONGTEXT NOT NULL,
    CONSTRAINT submission_tables_submission FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
