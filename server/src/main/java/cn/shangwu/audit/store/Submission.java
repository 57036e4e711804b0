package cn.shangwu.audit.store;

import java.math.BigDecimal;
import java.time.Instant;

/** A stored upload without its blobs. */
public record Submission(long id, String unitCode, Integer year, String template, String templateVersion, int version,
                         String filename, String originalSha256, String annotatedExt, BigDecimal scoreReported,
                         BigDecimal scoreVerified, String grade, int errors, int warnings, int infos, String status,
                         Long createdBy, Instant createdAt) {}
