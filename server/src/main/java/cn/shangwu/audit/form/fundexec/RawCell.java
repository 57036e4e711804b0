package cn.shangwu.audit.form.fundexec;

import java.math.BigDecimal;

/**
 * One cell as a streaming reader sees it: a number (exact decimal) or a text, whether it held a formula,
 * and its number format (for the precision a rate is shown with).
 *
 * @param number  the numeric value, null for text, blank or error cells
 * @param text    what the cell shows as text ("" for numbers and blanks); error cells give e.g. "#DIV/0!"
 * @param format  the Excel number format string, "General" when none
 */
record RawCell(int col, BigDecimal number, String text, boolean formula, String format) {
    /** A cell's double as a decimal without binary noise: a SUM cached as 15234.010000000002 reads 15234.01. */
    static BigDecimal number(double d) {
        BigDecimal b = cn.shangwu.audit.read.Numbers.exact(d);
        return b.scale() > 9 ? b.setScale(9, java.math.RoundingMode.HALF_UP).stripTrailingZeros() : b;
    }

    boolean isBlank() {
        return number == null && text.isBlank();
    }

    /** The cell as text for label matching. */
    String display() {
        return number != null ? number.toPlainString() : text.strip();
    }
}
