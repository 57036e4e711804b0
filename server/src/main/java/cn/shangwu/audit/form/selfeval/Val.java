package cn.shangwu.audit.form.selfeval;

import cn.shangwu.audit.annotate.Annotator;
import cn.shangwu.audit.read.Amount;

import java.math.BigDecimal;

/** A value read from one cell, with where it stands (zero-based row/column) and whether it was a formula. */
public record Val(Amount amount, int row, int col, boolean formula) {
    public BigDecimal value() {
        return amount == null ? null : amount.value();
    }

    public boolean present() {
        return value() != null;
    }

    /** A1 reference; null when the column was not found in this copy. */
    public String a1() {
        return col < 0 ? null : Annotator.a1(row, col);
    }
}
