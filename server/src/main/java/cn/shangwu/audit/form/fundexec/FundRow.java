package cn.shangwu.audit.form.fundexec;

import java.math.BigDecimal;

/**
 * One row of a 专项资金预算执行明细表 as filed. Amounts in 万元 as reported (null when the cell is empty or not a
 * number; a "-" for nothing paid reads as 0); {@code rate} is a fraction (59.23 % → 0.5923), null when absent.
 *
 * @param rowNumber one-based row number in the sheet (as Excel shows it)
 * @param unit      县市区/单位; a blank cell under a unit's first row (merged down in clerks' copies) reads as that unit
 * @param kind      a detail row, a per-unit 小计 or the 合计
 */
public record FundRow(int rowNumber, String serial, String unit, String docNo, String project,
                      BigDecimal budget, String note, BigDecimal paid, BigDecimal rate, Kind kind) {

    public enum Kind { DETAIL, SUBTOTAL, TOTAL }

    public boolean isDetail() {
        return kind == Kind.DETAIL;
    }
}
