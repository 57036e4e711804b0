package cn.shangwu.audit.form.finalaccounts;

import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * A workbook built from a seed report's tables as printed (the text dump of the PDF, one tab-separated line per row):
 * one sheet per table, each line a row, each field a cell; plain numbers become numeric cells, anything else
 * ("1,085.42", "5, 662. 95") stays text as the clerk typed it. Tests mutate it, then write it as .xlsx.
 */
final class SeedBook {
    record Sheet(String name, List<String[]> rows) {}

    final List<Sheet> sheets = new ArrayList<>();

    /** The nine 决算 tables of a seed (resource seeds/NNN-final-accounts.tsv), split at their titles. */
    static SeedBook finalAccounts(String seed) {
        SeedBook b = new SeedBook();
        Sheet cur = null;
        int n = 0;
        for (String line : lines("/seeds/" + seed + "-final-accounts.tsv")) {
            String t = line.strip();
            if (!line.contains("\t") && t.endsWith("表") && t.contains("决算") && t.length() < 40 && !t.startsWith("公开")) {
                cur = new Sheet(String.format("公开%02d表", ++n), new ArrayList<>());
                b.sheets.add(cur);
            }
            if (cur != null) cur.rows().add(line.split("\t", -1));
        }
        return b;
    }

    /** A single-sheet form from a seed block (e.g. seeds/001-basic-data.tsv). */
    static SeedBook single(String resource, String sheetName) {
        SeedBook b = new SeedBook();
        Sheet s = new Sheet(sheetName, new ArrayList<>());
        for (String line : lines(resource)) s.rows().add(line.split("\t", -1));
        b.sheets.add(s);
        return b;
    }

    static List<String> lines(String resource) {
        try (InputStream in = SeedBook.class.getResourceAsStream(resource)) {
            return Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Sheet sheet(String tableId) {
        return sheets.stream().filter(s -> s.name().contains(tableId)).findFirst()
                .orElseGet(() -> sheets.get(Integer.parseInt(tableId) - 1));
    }

    /** Row index (0-based) of the first row of a table whose first non-empty field satisfies p. */
    int row(String tableId, Predicate<String> p) {
        List<String[]> rows = sheet(tableId).rows();
        for (int i = 0; i < rows.size(); i++) {
            for (String f : rows.get(i)) {
                if (f.isBlank()) continue;
                if (p.test(f.strip())) return i;
                break;
            }
        }
        throw new AssertionError("no such row in " + tableId);
    }

    /** Row index of the first row with a field equal (spaces ignored) to text, and that field's column. */
    int[] find(String tableId, String text) {
        List<String[]> rows = sheet(tableId).rows();
        for (int i = 0; i < rows.size(); i++)
            for (int c = 0; c < rows.get(i).length; c++) if (rows.get(i)[c].replace(" ", "").equals(text)) return new int[]{i, c};
        throw new AssertionError("no " + text + " in " + tableId);
    }

    /** Renames the sheets as a clerk's copy might (Sheet1…), so tables are found by their titles. */
    SeedBook plainSheetNames() {
        for (int i = 0; i < sheets.size(); i++) sheets.set(i, new Sheet("Sheet" + (i + 1), sheets.get(i).rows()));
        return this;
    }

    int row(String tableId, String first) {
        return row(tableId, f -> f.replace(" ", "").equals(first));
    }

    /** Sets a field (column index c) of a row, widening it when needed. */
    SeedBook set(String tableId, int r, int c, String value) {
        List<String[]> rows = sheet(tableId).rows();
        String[] row = rows.get(r);
        if (row.length <= c) row = Arrays.copyOf(row, c + 1);
        for (int i = 0; i < row.length; i++) if (row[i] == null) row[i] = "";
        row[c] = value;
        rows.set(r, row);
        return this;
    }

    String get(String tableId, int r, int c) {
        String[] row = sheet(tableId).rows().get(r);
        return c < row.length ? row[c] : "";
    }

    SeedBook deleteRow(String tableId, int r) {
        sheet(tableId).rows().remove(r);
        return this;
    }

    SeedBook insertBlankRow(String tableId, int r) {
        sheet(tableId).rows().add(r, new String[0]);
        return this;
    }

    /** A1 reference of a field in the written workbook. */
    static String a1(int r, int c) {
        return new org.apache.poi.ss.util.CellReference(r, c).formatAsString(false);
    }

    byte[] xlsx() {
        return write(new XSSFWorkbook());
    }

    /** The same as an Excel 97–2003 .xls, as older WPS installations save. */
    byte[] xls() {
        return write(new org.apache.poi.hssf.usermodel.HSSFWorkbook());
    }

    private byte[] write(org.apache.poi.ss.usermodel.Workbook book) {
        try (org.apache.poi.ss.usermodel.Workbook wb = book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Sheet s : sheets) {
                org.apache.poi.ss.usermodel.Sheet sh = wb.createSheet(s.name());
                for (int r = 0; r < s.rows().size(); r++) {
                    org.apache.poi.ss.usermodel.Row row = sh.createRow(r);
                    String[] f = s.rows().get(r);
                    for (int c = 0; c < f.length; c++) {
                        String v = f[c].strip();
                        if (v.isEmpty()) continue;
                        org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                        if (v.matches("-?\\d+(\\.\\d+)?")) cell.setCellValue(Double.parseDouble(v));
                        else cell.setCellValue(v);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
