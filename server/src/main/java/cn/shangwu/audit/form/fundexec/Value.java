package cn.shangwu.audit.form.fundexec;

import java.math.BigDecimal;

/**
 * A numeric field of a row as read: the number, how it was written and the precision it was shown with.
 *
 * @param decimals decimals of the value as reported (for a rate: of the fraction, 59.23 % → 4)
 * @param cell     A1 reference of the cell
 * @param percent  the value was shown as a percentage (a % format or a typed %)
 */
record Value(BigDecimal number, Status status, String raw, int decimals, boolean formula, String cell, boolean percent) {
    Value(BigDecimal number, Status status, String raw, int decimals, boolean formula, String cell) {
        this(number, status, raw, decimals, formula, cell, false);
    }

    enum Status {
        /** no content */
        EMPTY,
        /** a number cell */
        NUMBER,
        /** text that reads unambiguously as a number ("1,085.42", full-width digits, "59.23%") */
        NORMALISED,
        /** "-" or "—": nothing, read as 0 */
        DASH,
        /** text that is not a number */
        JUNK
    }

    boolean present() {
        return number != null;
    }
}
