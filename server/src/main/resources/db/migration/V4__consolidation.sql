-- Every generated consolidated workbook (汇总) with its inputs, so a figure can be traced to the filings it came from.
CREATE TABLE consolidation (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_code      CHAR(6)      NOT NULL,
    report_year    SMALLINT     NOT NULL,
    template       VARCHAR(40)  NOT NULL,
    created_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    submission_ids LONGTEXT     NOT NULL,
    absent_json    LONGTEXT     NULL,
    output_sha256  CHAR(64)     NOT NULL,
    output_size    BIGINT       NOT NULL,
    INDEX consolidation_unit_year (unit_code, report_year, template)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
