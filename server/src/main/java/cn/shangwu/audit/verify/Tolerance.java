package cn.shangwu.audit.verify;

import java.math.BigDecimal;

/**
 * Rounding as intervals (XBRL Calculations 1.1 round-to-nearest): a value reported to d decimals stands for
 * [v − ½·10^−d, v + ½·10^−d]. A sum of n parts holds when |total − Σ| ≤ half-unit × (n + 1).
 */
public final class Tolerance {
    private Tolerance() {}

    /** Half a unit of the last reported decimal: 0.005 for 2 decimals, 0.5 for integers. */
    public static BigDecimal halfUnit(int decimals) {
        return BigDecimal.valueOf(5, Math.max(decimals, 0) + 1);
    }

    /** Tolerance for total = Σ n parts, each with the given decimals. */
    public static BigDecimal forSum(int parts, int decimals) {
        return halfUnit(decimals).multiply(BigDecimal.valueOf(parts + 1L));
    }

    /** Whether reported lies within tol of computed. */
    public static boolean within(BigDecimal reported, BigDecimal computed, BigDecimal tol) {
        return reported.subtract(computed).abs().compareTo(tol) <= 0;
    }

    /** The interval a reported value stands for, as text: [a, b]. */
    public static String interval(BigDecimal v, BigDecimal halfWidth) {
        return "[" + v.subtract(halfWidth).toPlainString() + ", " + v.add(halfWidth).toPlainString() + "]";
    }
}
