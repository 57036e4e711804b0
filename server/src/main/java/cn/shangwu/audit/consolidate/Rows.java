package cn.shangwu.audit.consolidate;

import java.math.BigDecimal;

/** The row beans the jxls templates iterate over (public records: the expressions read their accessors). */
public final class Rows {
    private Rows() {}

    /** A line of 绩效汇总: a unit's project, or (subtotal) the unit's 小计. */
    public record Performance(String seq, String unitCode, String unit, String project, BigDecimal budget, BigDecimal executed,
                              BigDecimal rate, BigDecimal reported, BigDecimal verified, String grade, Integer errors,
                              Integer warnings, BigDecimal share, BigDecimal weighted, boolean subtotal) {}

    /** A unit in the ranking by fund-weighted score. */
    public record Rank(int rank, String code, String name, int projects, BigDecimal budget, BigDecimal executed, BigDecimal rate,
                       BigDecimal score, String grade) {}

    /** A line of 专项资金执行汇总: one F5 row of a unit, or the unit's 小计. */
    public record Fund(String seq, String unitCode, String unit, String region, String docNo, String project, BigDecimal budget,
                       String note, BigDecimal paid, BigDecimal rate, boolean subtotal) {}

    /** One 公开0N表 in the 决算汇总 overview. */
    public record Table(String sheet, String title, int units, int missingCount, String missing, String check) {}

    public record Absent(String code, String name, String level, String project, String reason, Integer version, Long id) {}

    public record Used(String code, String name, String project, long id, int version, String filename, String uploaded,
                       String sha256) {}
}
