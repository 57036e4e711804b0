package cn.shangwu.audit.verify;

import java.math.BigDecimal;
import java.util.List;

/**
 * One deviation: where (sheet, cell), what (rule id, message) and the numbers (reported, expected, tolerance).
 * The same object feeds the JSON report, the annotated workbook and the database.
 *
 * @param cell   A1 reference in the uploaded workbook, null for a finding about a whole sheet or the file
 * @param cells  contributing cells (A1 references, may name another sheet as 'Sheet'!A1), empty when none
 */
public record Finding(String rule, Severity severity, String sheet, String cell, String message,
                      BigDecimal expected, BigDecimal actual, BigDecimal tolerance, List<String> cells) {

    public Finding {
        cells = cells == null ? List.of() : List.copyOf(cells);
    }

    public static Finding of(String rule, Severity severity, String sheet, String cell, String message) {
        return new Finding(rule, severity, sheet, cell, message, null, null, null, List.of());
    }

    public static Finding of(String rule, Severity severity, String sheet, String cell, String message,
                             BigDecimal expected, BigDecimal actual) {
        return new Finding(rule, severity, sheet, cell, message, expected, actual, null, List.of());
    }

    public Finding withTolerance(BigDecimal tol) {
        return new Finding(rule, severity, sheet, cell, message, expected, actual, tol, cells);
    }

    public Finding withCells(List<String> contributing) {
        return new Finding(rule, severity, sheet, cell, message, expected, actual, tolerance, contributing);
    }
}
