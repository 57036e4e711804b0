package cn.shangwu.audit.form.selfeval;

import cn.shangwu.audit.annotate.Annotator;
import cn.shangwu.audit.read.Numbers;
import cn.shangwu.audit.verify.Finding;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Formula integrity: our blank's computed cells (执行率, 执行率得分, 总分, 等级) must still hold formulas, and
 * every formula's saved value must agree with POI's recomputation.
 */
final class FormulaIntegrity {
    private FormulaIntegrity() {}

    /** A self-evaluation form is a page or two; formulas far below it are not ours to check. */
    private static final int MAX_ROWS = 2000;

    /** The cells our blank computes, by what they are, as read from the upload. */
    static Map<String, Val> computedCells(SelfEval f) {
        Map<String, Val> m = new LinkedHashMap<>();
        m.put("执行率", f.funds().total().get("rate"));
        m.put("执行率得分", f.funds().total().get("score"));
        if (f.total() != null) m.put("总分", f.total().score());
        return m;
    }

    static void check(Sheet sheet, SelfEval f, boolean ourTemplate, FormulaEvaluator ev, Rules rules, List<Finding> out) {
        if (ourTemplate) {
            for (var e : computedCells(f).entrySet()) {
                Val v = e.getValue();
                if (v != null && v.present() && !v.formula())
                    out.add(rules.finding("formula-overwritten", f.sheet(), v.a1(), e.getKey()));
            }
            if (f.total() != null && f.total().gradeRow() >= 0) {
                Cell c = cell(sheet, f.total().gradeRow(), f.total().gradeCol());
                if (c != null && c.getCellType() == CellType.STRING && !c.getStringCellValue().isBlank())
                    out.add(rules.finding("formula-overwritten", f.sheet(), Annotator.a1(c.getRowIndex(), c.getColumnIndex()), "等级"));
            }
        }
        for (Row row : sheet) {
            if (row.getRowNum() >= MAX_ROWS) break;
            for (Cell c : row) {
                if (c.getCellType() != CellType.FORMULA) continue;
                try {
                    CellValue now = ev.evaluate(c);
                    if (now == null) continue;
                    if (now.getCellType() == CellType.NUMERIC && c.getCachedFormulaResultType() == CellType.NUMERIC) {
                        double saved = c.getNumericCellValue(), fresh = now.getNumberValue();
                        if (Math.abs(saved - fresh) > 1e-9 * Math.max(1, Math.abs(fresh)))
                            out.add(rules.finding("cached-value", f.sheet(), Annotator.a1(c.getRowIndex(), c.getColumnIndex()),
                                    Numbers.exact(fresh), Numbers.exact(saved), null, null).withTolerance(BigDecimal.ZERO));
                    } else if (now.getCellType() == CellType.STRING && c.getCachedFormulaResultType() == CellType.STRING
                            && !now.getStringValue().equals(c.getStringCellValue())) {
                        out.add(rules.text("cached-value", f.sheet(), Annotator.a1(c.getRowIndex(), c.getColumnIndex()),
                                Map.of("expected", now.getStringValue(), "actual", c.getStringCellValue())));
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    // external links or functions POI cannot evaluate: nothing to compare with
                }
            }
        }
    }

    /** Recomputes every formula so the returned workbook carries the server's values. */
    static void recalc(Sheet sheet, FormulaEvaluator ev) {
        for (Row row : sheet) {
            if (row.getRowNum() >= MAX_ROWS) break;
            for (Cell c : row)
                if (c.getCellType() == CellType.FORMULA) {
                    try {
                        ev.evaluateFormulaCell(c);
                    } catch (RuntimeException | StackOverflowError ignored) {
                        // leave the saved value as it was
                    }
                }
        }
    }

    private static Cell cell(Sheet s, int r, int c) {
        Row row = s.getRow(r);
        return row == null ? null : row.getCell(c);
    }
}
