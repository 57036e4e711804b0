package cn.shangwu.audit.form.finalaccounts;

import cn.shangwu.audit.annotate.Annotator;
import cn.shangwu.audit.read.Amount;
import cn.shangwu.audit.read.Cells;
import cn.shangwu.audit.read.Grid;
import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Severity;
import cn.shangwu.audit.verify.rules.Val;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads amount cells of one sheet into {@link Val}s and keeps what it had to say about their input: numbers typed as
 * text ("1,085.42" → INFO, value used) and text that is no number ("百余场" → ERROR, cell counts as empty).
 */
public final class SheetReading {
    public static final int AMOUNT_DECIMALS = 2;

    private final Grid grid;
    private final String sheet;
    private final String rulePrefix;
    private final List<Finding> notes = new ArrayList<>();

    public SheetReading(Grid grid, String rulePrefix) {
        this.grid = grid;
        this.sheet = grid.sheet().getSheetName();
        this.rulePrefix = rulePrefix;
    }

    public Grid grid() { return grid; }
    public String sheet() { return sheet; }
    public List<Finding> notes() { return notes; }

    /** A 万元 amount: 2 decimals, interval ±0.005. */
    public Val amount(int r, int c) {
        Amount a = grid.amount(r, c);
        String ref = Annotator.a1(r, c);
        boolean formula = Cells.isFormula(grid.cell(r, c));
        if (a.isJunk()) {
            String raw = a.raw().strip();
            if (isDash(raw)) return new Val(null, sheet, ref, AMOUNT_DECIMALS, formula);
            notes.add(Finding.of(rulePrefix + ".not-number", Severity.ERROR, sheet, ref,
                    "金额栏应填数字，此处为“" + raw + "”，无法参与审核"));
            return new Val(null, sheet, ref, AMOUNT_DECIMALS, formula);
        }
        if (a.normalised())
            notes.add(Finding.of(rulePrefix + ".number-text", Severity.INFO, sheet, ref,
                    "金额以文本“" + a.raw().strip() + "”填写，已按数值 " + a.value().toPlainString() + " 读取，建议改为数值格式"));
        // a rate stands for what is shown (98.4% → ±0.0005); a computed rate's 15 binary digits are not reported digits
        int decimals = a.percent() ? Math.min(Math.max(a.decimals(), 2), 4) : AMOUNT_DECIMALS;
        return new Val(clean(a.value()), sheet, ref, decimals, formula);
    }

    /** Binary noise of computed cells (13165.170000000011) is not a decimal the clerk reported: 8 decimals are plenty. */
    private static java.math.BigDecimal clean(java.math.BigDecimal v) {
        return v == null || v.scale() <= 8 ? v : v.setScale(8, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** A dash, a slash or "无": the clerk's way of writing nothing. */
    private static boolean isDash(String s) {
        String k = s.replace(" ", "");
        if (k.equals("无") || k.equals("没有") || k.equals("不涉及") || k.equals("无此项")) return true;
        return s.chars().allMatch(ch -> ch == '-' || ch == '—' || ch == '－' || ch == '/' || ch == '／' || ch == '–' || ch == ' ');
    }
}
