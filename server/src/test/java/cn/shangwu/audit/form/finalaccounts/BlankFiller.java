package cn.shangwu.audit.form.finalaccounts;

import org.apache.poi.ss.usermodel.*;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Fills our blank template with a seed's numbers the way a clerk would: input cells only, formulas left to compute. */
final class BlankFiller {
    private BlankFiller() {}

    static XSSFWorkbook fill(SeedBook seed) {
        try {
            XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(FinalAccountsBlank.build()));
            for (int t = 1; t <= 9; t++) {
                String id = "0" + t;
                Sheet s = wb.getSheet("公开" + id + "表");
                List<String[]> rows = seed.sheet(id).rows();
                switch (id) {
                    case "01", "04" -> balance(s, rows);
                    case "06" -> economic(s, rows);
                    case "07" -> sanGong(s, rows);
                    default -> coded(s, rows);
                }
            }
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            return wb;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Workbook wb) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void coded(Sheet s, List<String[]> rows) {
        int r = 7;
        for (String[] f : rows) {
            String first = f.length == 0 ? "" : f[0].strip();
            if (first.startsWith("备注") || first.startsWith("因本单位")) {
                for (Row row : s) if (row.getCell(0) != null && row.getCell(0).toString().startsWith("备注")) row.getCell(1).setCellValue(first);
                continue;
            }
            if (f.length == 0 || !f[0].strip().matches("\\d{3}(\\d{2}){0,2}")) continue;
            Row row = s.getRow(r++);
            row.getCell(0).setCellValue(f[0].strip());
            row.getCell(1).setCellValue(f[1].strip());
            for (int c = 2; c < f.length; c++) set(row.getCell(c), f[c]);
        }
    }

    private static void balance(Sheet s, List<String[]> rows) {
        for (String[] f : rows) {
            for (int c = 0; c < f.length; c++) {
                String label = cn.shangwu.audit.verify.rules.Labels.key(f[c]);
                if (label.isEmpty() || label.matches("[\\d.,]+") || label.equals("栏次") || label.equals("项目")) continue;
                Row target = find(s, c, label);
                if (target == null) continue;
                for (int k = c + 2; k < f.length && k < c + 6; k++) {
                    if (!f[k].isBlank() && !f[k].replace(",", "").strip().matches("[\\d.]+")) break;
                    set(target.getCell(k), f[k]);
                }
            }
        }
    }

    /**
     * The template computes each 3-digit class from its items. The seed printed classes rounded from unrounded items
     * (301: 1,085.42 against items adding to 1,085.44), so the filler puts that rounding into the class's last item,
     * as a clerk reconciling the template would; the printed class totals are kept.
     */
    private static void economic(Sheet s, List<String[]> rows) {
        java.util.Map<String, java.math.BigDecimal> classes = new java.util.HashMap<>();
        java.util.Map<String, java.math.BigDecimal> sums = new java.util.HashMap<>();
        java.util.Map<String, Cell> last = new java.util.HashMap<>();
        for (String[] f : rows)
            for (int c = 0; c + 2 < f.length; c++) {
                String code = f[c].strip();
                String v = f[c + 2].replace(",", "").replace(" ", "");
                if (code.matches("3\\d{2}") && !v.isEmpty()) classes.put(code, new java.math.BigDecimal(v));
                if (code.matches("3\\d{4}")) {
                    Row target = find(s, c, code);
                    if (target == null || v.isEmpty()) continue;
                    set(target.getCell(c + 2), v);
                    sums.merge(code.substring(0, 3), new java.math.BigDecimal(v), java.math.BigDecimal::add);
                    last.put(code.substring(0, 3), target.getCell(c + 2));
                }
            }
        classes.forEach((cls, printed) -> {
            Cell cell = last.get(cls);
            if (cell == null) return;
            java.math.BigDecimal diff = printed.subtract(sums.get(cls));
            cell.setCellValue(java.math.BigDecimal.valueOf(cell.getNumericCellValue()).add(diff).doubleValue());
        });
    }

    private static void sanGong(Sheet s, List<String[]> rows) {
        for (String[] f : rows) {
            if (f.length < 12 || !f[0].strip().matches("[\\d.]+") || f[0].strip().equals("1")) continue;
            for (int c = 0; c < 12; c++) set(s.getRow(7).getCell(c), f[c]);
        }
    }

    private static Row find(Sheet s, int c, String label) {
        for (Row row : s) {
            Cell cell = row.getCell(c);
            if (cell != null && cell.getCellType() == CellType.STRING
                    && cn.shangwu.audit.verify.rules.Labels.key(cell.getStringCellValue()).equals(label)) return row;
        }
        return null;
    }

    private static void set(Cell cell, String v) {
        if (cell == null || cell.getCellType() == CellType.FORMULA) return;
        String t = v.replace(",", "").replace(" ", "");
        if (t.isEmpty()) return;
        cell.setCellValue(Double.parseDouble(t));
    }
}
