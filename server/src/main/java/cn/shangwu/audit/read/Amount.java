package cn.shangwu.audit.read;

import java.math.BigDecimal;

/**
 * A number read from a cell. {@code normalised} is true when the cell held text that had to be cleaned up
 * ("1,085.42", "5, 662. 95", full-width digits, a unit suffix); {@code raw} keeps what the clerk typed.
 * {@code value} is null for an empty cell or text that is not a number.
 */
public record Amount(BigDecimal value, String raw, boolean normalised, boolean percent, int decimals) {

    public static final Amount EMPTY = new Amount(null, "", false, false, 0);

    public boolean isEmpty() {
        return value == null && raw.isBlank();
    }

    /** Text that is there but is not a number (e.g. "百余场", "是"). */
    public boolean isJunk() {
        return value == null && !raw.isBlank();
    }
}
