package cn.shangwu.audit.score;

/**
 * A parsed 年度指标值. Quantitative when {@code quantity} is set: comparator, quantity and, for a range
 * ("6—8 个"), the upper bound. Otherwise qualitative ("提升", "按计划完成"), judged by the words of the actual.
 */
public record Target(String raw, Comparator comparator, Quantity quantity, Quantity upper) {
    public boolean quantitative() {
        return quantity != null;
    }
}
