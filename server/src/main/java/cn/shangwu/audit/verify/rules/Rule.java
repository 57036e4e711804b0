package cn.shangwu.audit.verify.rules;

import cn.shangwu.audit.verify.Severity;

import java.util.List;

/**
 * One 审核公式 as data: {@code expr} relates cells by table, row key and column (see {@link Expr});
 * {@code forEach} repeats it over rows and/or columns of a table, filling {row}, {name}, {code} and {col}.
 */
public record Rule(String id, Severity severity, String expr, String message, ForEach forEach) {

    /**
     * @param rows which rows: {@code parents} (codes with children), {@code class} (类 rows/lines), {@code coded}, {@code all},
     *             {@code group:X}; null for no row loop
     * @param cols {@code *} for every amount column, or the column keys; null for no column loop
     * @param skipIfFound a row reference such as {@code 01[name:{name}]}: the iteration is skipped when that row exists
     *                    (so a relation checked from one side is not reported again from the other)
     */
    public record ForEach(String table, String rows, List<String> cols, String skipIfFound) {}
}
