package cn.shangwu.audit.consolidate;

import org.apache.poi.ss.usermodel.*;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Reading consolidated workbooks back in tests: rows by label, values through a fresh formula evaluation. */
final class Books {
    private Books() {}

    static XSSFWorkbook open(byte[] b) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(b));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first row (0-based) whose cell in column c reads exactly text, else -1. */
    static int row(Sheet s, int c, String text) {
        DataFormatter f = new DataFormatter();
        for (Row r : s) {
            Cell cell = r.getCell(c);
            if (cell != null && cell.getCellType() != CellType.FORMULA && f.formatCellValue(cell).strip().equals(text)) return r.getRowNum();
        }
        return -1;
    }

    /** The numeric value of a cell, formulas evaluated anew (not the cached value), to 2 decimals; null when empty. */
    static BigDecimal value(Sheet s, int r, int c) {
        Cell cell = s.getRow(r).getCell(c);
        if (cell == null) return null;
        FormulaEvaluator ev = s.getWorkbook().getCreationHelper().createFormulaEvaluator();
        CellValue v = ev.evaluate(cell);
        if (v == null || v.getCellType() != CellType.NUMERIC) return null;
        return BigDecimal.valueOf(v.getNumberValue()).setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal value(Sheet s, int r, int c, int scale) {
        Cell cell = s.getRow(r).getCell(c);
        CellValue v = s.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluate(cell);
        return BigDecimal.valueOf(v.getNumberValue()).setScale(scale, RoundingMode.HALF_UP);
    }

    /** Every cell of every sheet as text (formulas as formulas), for comparing two workbooks. */
    static List<String> contents(byte[] b) {
        List<String> out = new ArrayList<>();
        try (XSSFWorkbook wb = open(b)) {
            DataFormatter f = new DataFormatter();
            for (Sheet s : wb) {
                out.add("## " + s.getSheetName());
                for (Row r : s)
                    for (Cell c : r)
                        out.add(c.getAddress() + "=" + (c.getCellType() == CellType.FORMULA ? "=" + c.getCellFormula() : f.formatCellValue(c)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static String text(Sheet s, int r, int c) {
        Cell cell = s.getRow(r) == null ? null : s.getRow(r).getCell(c);
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }

    /** All texts of a sheet joined, for "is this unit listed" checks. */
    static String all(Sheet s) {
        StringBuilder b = new StringBuilder();
        DataFormatter f = new DataFormatter();
        for (Row r : s) {
            for (Cell c : r) b.append(f.formatCellValue(c)).append('\t');
            b.append('\n');
        }
        return b.toString();
    }
}
