package cn.shangwu.audit.read;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;

import java.math.BigDecimal;

/** Reading single POI cells as amounts or text, tolerant of what clerks type. */
public final class Cells {
    private Cells() {}

    public static Amount amount(Cell cell) {
        if (cell == null) return Amount.EMPTY;
        CellType t = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        try {
            switch (t) {
                case NUMERIC: {
                    double d = cell.getNumericCellValue();
                    BigDecimal v = Numbers.exact(d);
                    String fmt = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
                    boolean pct = fmt != null && fmt.contains("%");
                    return new Amount(v, v.toPlainString(), false, pct, Math.max(0, v.scale()));
                }
                case STRING:
                    return Numbers.parse(cell.getStringCellValue());
                case BOOLEAN:
                    return new Amount(null, String.valueOf(cell.getBooleanCellValue()), false, false, 0);
                default:
                    return Amount.EMPTY;
            }
        } catch (RuntimeException e) {
            return Amount.EMPTY;
        }
    }

    public static boolean isFormula(Cell cell) {
        return cell != null && cell.getCellType() == CellType.FORMULA;
    }
}
