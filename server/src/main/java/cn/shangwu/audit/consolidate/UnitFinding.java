package cn.shangwu.audit.consolidate;

import java.math.BigDecimal;

/** One finding of one unit's filing, as the 问题清单 lists it (like 003 附件4). {@code used}: the filing is in the sums. */
public record UnitFinding(String unitCode, String unitName, long submissionId, int version, String form, String project,
                          String sheet, String cell, String rule, String severity, String message,
                          BigDecimal expected, BigDecimal actual, String used) {}
