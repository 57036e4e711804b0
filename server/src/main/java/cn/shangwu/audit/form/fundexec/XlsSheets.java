package cn.shangwu.audit.form.fundexec;

import cn.shangwu.audit.read.Numbers;
import cn.shangwu.audit.read.Upload;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.ArrayList;
import java.util.List;

/** Legacy .xls sheets as rows of {@link RawCell}s (HSSF: they are limited to 65,536 rows, so usermodel is fine). */
final class XlsSheets {
    private XlsSheets() {}

    static List<String> names(Upload upload) {
        Workbook wb = upload.workbook();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) out.add(wb.getSheetName(i));
        return out;
    }

    static void visit(Upload upload, String sheetName, SheetVisitor visitor) {
        Sheet sheet = upload.workbook().getSheet(sheetName);
        if (sheet == null) return;
        for (Row row : sheet) {
            List<RawCell> cells = new ArrayList<>();
            for (Cell c : row) {
                RawCell rc = raw(c);
                if (rc != null) cells.add(rc);
            }
            if (!cells.isEmpty() && !visitor.row(row.getRowNum(), cells)) return;
        }
    }

    private static RawCell raw(Cell c) {
        try {
            boolean formula = c.getCellType() == CellType.FORMULA;
            CellType t = formula ? c.getCachedFormulaResultType() : c.getCellType();
            String fmt = c.getCellStyle() == null ? "General" : c.getCellStyle().getDataFormatString();
            return switch (t) {
                case NUMERIC -> new RawCell(c.getColumnIndex(), RawCell.number(c.getNumericCellValue()), "", formula, fmt);
                case STRING -> new RawCell(c.getColumnIndex(), null, c.getStringCellValue(), formula, fmt);
                case BOOLEAN -> new RawCell(c.getColumnIndex(), null, c.getBooleanCellValue() ? "TRUE" : "FALSE", formula, fmt);
                case ERROR -> new RawCell(c.getColumnIndex(), null, errorText(c.getErrorCellValue()), formula, fmt);
                default -> formula ? new RawCell(c.getColumnIndex(), null, "", true, fmt) : null;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (RuntimeException e) {
            return "#ERROR";
        }
    }
}
