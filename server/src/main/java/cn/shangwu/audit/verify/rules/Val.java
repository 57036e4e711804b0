package cn.shangwu.audit.verify.rules;

import java.math.BigDecimal;

/**
 * One amount cell as the rules see it.
 *
 * @param value    null when the cell is empty (counts as an exact 0)
 * @param decimals decimals the value stands for (2 for 万元 amounts; more for rates such as 98.4% = 0.984)
 * @param formula  whether the uploaded cell holds a formula
 */
public record Val(BigDecimal value, String sheet, String ref, int decimals, boolean formula) {

    public boolean present() {
        return value != null;
    }

    public BigDecimal orZero() {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** 'Sheet'!A1, for listing contributing cells. */
    public String qualified() {
        return "'" + sheet + "'!" + ref;
    }
}
