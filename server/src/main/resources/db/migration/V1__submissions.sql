-- Uploaded workbooks, their reports and findings. The original bytes are kept unchanged.
CREATE TABLE submission (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_code        CHAR(6)       NULL,
    report_year      SMALLINT      NULL,
    template         VARCHAR(40)   NOT NULL,
    template_version VARCHAR(20)   NOT NULL,
    version          INT           NOT NULL DEFAULT 1,
    filename         VARCHAR(255)  NOT NULL,
    original         LONGBLOB      NOT NULL,
    original_sha256  CHAR(64)      NOT NULL,
    annotated        LONGBLOB      NOT NULL,
    annotated_ext    VARCHAR(5)    NOT NULL,
    report_json      LONGTEXT      NOT NULL,
    facts_json       LONGTEXT      NULL,
    score_reported   DECIMAL(9, 2) NULL,
    score_verified   DECIMAL(9, 2) NULL,
    grade            VARCHAR(4)    NULL,
    errors           INT           NOT NULL,
    warnings         INT           NOT NULL,
    infos            INT           NOT NULL,
    status           VARCHAR(20)   NOT NULL DEFAULT 'SUBMITTED',
    created_by       BIGINT        NULL,
    created_at       TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    INDEX submission_unit_year (unit_code, report_year, template, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE finding (
    submission_id BIGINT         NOT NULL,
    seq           INT            NOT NULL,
    rule_id       VARCHAR(60)    NOT NULL,
    severity      VARCHAR(8)     NOT NULL,
    sheet         VARCHAR(100)   NULL,
    cell          VARCHAR(20)    NULL,
    message       VARCHAR(2000)  NOT NULL,
    expected      DECIMAL(24, 6) NULL,
    actual        DECIMAL(24, 6) NULL,
    tolerance     DECIMAL(24, 6) NULL,
    PRIMARY KEY (submission_id, seq),
    CONSTRAINT finding_submission FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
