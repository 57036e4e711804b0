package cn.shangwu.audit.read;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A sheet seen as text, for finding blocks by their labels rather than by fixed positions.
 * Merged regions are resolved: every cell of a merge reads as its top-left cell.
 */
public final class Grid {
    private static final DataFormatter FORMAT = new DataFormatter();

    private final Sheet sheet;
    private final String[][] text;
    private final String[][] keys;
    private final int rows;
    private final int cols;

    public Grid(Sheet sheet) {
        this(sheet, 2000, 60);
    }

    public Grid(Sheet sheet, int maxRows, int maxCols) {
        this.sheet = sheet;
        int lastRow = Math.min(sheet.getLastRowNum(), maxRows - 1);
        int lastCol = 0;
        for (int r = 0; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            if (row != null) lastCol = Math.max(lastCol, Math.min(row.getLastCellNum(), maxCols));
        }
        rows = lastRow + 1;
        cols = lastCol;
        text = new String[rows][cols];
        keys = new String[rows][];
        for (int r = 0; r < rows; r++) {
            Row row = sheet.getRow(r);
            for (int c = 0; c < cols; c++) {
                Cell cell = row == null ? null : row.getCell(c);
                text[r][c] = cell == null ? "" : display(cell);
            }
        }
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            if (m.getFirstRow() >= rows) continue;
            String top = m.getFirstColumn() < cols ? text[m.getFirstRow()][m.getFirstColumn()] : "";
            for (int r = m.getFirstRow(); r <= Math.min(m.getLastRow(), rows - 1); r++)
                for (int c = m.getFirstColumn(); c <= Math.min(m.getLastColumn(), cols - 1); c++)
                    if (r != m.getFirstRow() || c != m.getFirstColumn()) text[r][c] = top;
        }
    }

    public Sheet sheet() { return sheet; }
    public int rows() { return rows; }
    public int cols() { return cols; }

    /** The text of a cell, stripped; "" outside the grid. */
    public String text(int r, int c) {
        return r < 0 || c < 0 || r >= rows || c >= cols ? "" : text[r][c];
    }

    /** The text with all spaces removed and full-width brackets made ASCII, for label matching (cached per row). */
    public String key(int r, int c) {
        if (r < 0 || c < 0 || r >= rows || c >= cols) return "";
        String[] row = keys[r];
        if (row == null) {
            row = new String[cols];
            for (int i = 0; i < cols; i++) row[i] = text[r][i].isEmpty() ? "" : squash(text[r][i]);
            keys[r] = row; // benign race: every thread computes the same row
        }
        return row[c];
    }

    /** The first cell whose squashed text satisfies the predicate, row by row, from row {@code fromRow}. */
    public Optional<CellAddress> find(int fromRow, Predicate<String> p) {
        for (int r = Math.max(0, fromRow); r < rows; r++)
            for (int c = 0; c < cols; c++)
                if (!text[r][c].isEmpty() && p.test(key(r, c))) return Optional.of(new CellAddress(r, c));
        return Optional.empty();
    }

    /** The first cell whose squashed text starts with the squashed label. */
    public Optional<CellAddress> findLabel(int fromRow, String label) {
        String k = squash(label);
        return find(fromRow, s -> s.startsWith(k));
    }

    /** Column of the first cell in row r (at or after fromCol) whose squashed text starts with label, or -1. */
    public int colOf(int r, int fromCol, String label) {
        String k = squash(label);
        for (int c = Math.max(0, fromCol); c < cols; c++) if (key(r, c).startsWith(k)) return c;
        return -1;
    }

    /** Whether every cell of row r is empty. */
    public boolean blankRow(int r) {
        for (int c = 0; c < cols; c++) if (!text(r, c).isEmpty()) return false;
        return true;
    }

    /** All texts of a row, for recognising a header. */
    public List<String> rowKeys(int r) {
        List<String> out = new ArrayList<>(cols);
        for (int c = 0; c < cols; c++) out.add(key(r, c));
        return out;
    }

    /** Everything in the first n rows, squashed and joined, for recognising a form by its title and labels. */
    public String head(int n) {
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < Math.min(n, rows); r++) for (int c = 0; c < cols; c++) b.append(key(r, c)).append('|');
        return b.toString();
    }

    /** The POI cell, or null. */
    public Cell cell(int r, int c) {
        Row row = sheet.getRow(r);
        return row == null ? null : row.getCell(c);
    }

    /** Reads a cell as an amount: numbers as they are, numeric text cleaned up (flagged), formulas by cached value. */
    public Amount amount(int r, int c) {
        return Cells.amount(cell(r, c));
    }

    public static String squash(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            if (Character.isWhitespace(ch) || ch == '\u3000' || ch == '\u00a0') continue;
            if (ch == '（') ch = '(';
            else if (ch == '）') ch = ')';
            else if (ch == '：') ch = ':';
            else if (ch >= '０' && ch <= '９') ch = (char) (ch - '０' + '0');
            b.append(ch);
        }
        return b.toString();
    }

    private static String display(Cell cell) {
        try {
            CellType t = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            return switch (t) {
                case STRING -> cell.getStringCellValue().strip();
                case NUMERIC -> Numbers.exact(cell.getNumericCellValue()).toPlainString();
                case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
                default -> "";
            };
        } catch (RuntimeException e) {
            return FORMAT.formatCellValue(cell).strip();
        }
    }

    /** Exact decimal of a numeric value; helper kept here for readers that only hold a Grid. */
    public static BigDecimal exact(double d) {
        return Numbers.exact(d);
    }
}
