-- Users, login sessions, the audit log and the review workflow (上报 → 审核 → 通过/退回, lock, 填报说明).
CREATE TABLE app_user (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(60)  NOT NULL UNIQUE,
    password_hash VARCHAR(80)  NOT NULL,
    role          VARCHAR(10)  NOT NULL,
    unit_code     CHAR(6)      NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT app_user_unit FOREIGN KEY (unit_code) REFERENCES unit (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Only the SHA-256 of a token is stored: a leaked table does not give working tokens.
CREATE TABLE login_session (
    token_sha256 CHAR(64)     PRIMARY KEY,
    user_id      BIGINT       NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    expires_at   TIMESTAMP(3) NOT NULL,
    INDEX login_session_user (user_id),
    CONSTRAINT login_session_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_log (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    at            TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    user_id       BIGINT        NULL,
    username      VARCHAR(60)   NULL,
    action        VARCHAR(30)   NOT NULL,
    unit_code     CHAR(6)       NULL,
    submission_id BIGINT        NULL,
    detail        VARCHAR(2000) NULL,
    ip            VARCHAR(64)   NULL,
    INDEX audit_unit (unit_code, at),
    INDEX audit_submission (submission_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Reviewer comments (退回意见), the filer's explanations (填报说明) and other notes on a submission, oldest first.
CREATE TABLE submission_note (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    submission_id BIGINT        NOT NULL,
    kind          VARCHAR(12)   NOT NULL,
    text          VARCHAR(4000) NOT NULL,
    user_id       BIGINT        NULL,
    username      VARCHAR(60)   NULL,
    created_at    TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    INDEX submission_note_sub (submission_id),
    CONSTRAINT submission_note_sub FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- status: SUBMITTED (有错误 / 待审核), ACCEPTED (已通过), RETURNED (已退回). An accepted submission is locked until unlocked.
ALTER TABLE submission
    ADD COLUMN locked      BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD COLUMN explanation VARCHAR(4000) NULL,
    ADD COLUMN reviewed_by BIGINT        NULL,
    ADD COLUMN reviewed_at TIMESTAMP(3)  NULL;
