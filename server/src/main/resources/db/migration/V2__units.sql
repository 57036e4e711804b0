-- Administrative units (GB/T 2260 codes): province → city/prefecture (incl. 市本级) → county/district.
CREATE TABLE unit (
    code        CHAR(6)      PRIMARY KEY,
    name        VARCHAR(60)  NOT NULL,
    parent_code CHAR(6)      NULL,
    level       VARCHAR(10)  NOT NULL,
    CONSTRAINT unit_parent FOREIGN KEY (parent_code) REFERENCES unit (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
