package cn.shangwu.audit.form.fundexec;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.*;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds F5 workbooks the way clerks' copies look, from seed lines: a title, a 截至 line, the header, the rows,
 * optional per-unit 小计 rows and the 合计. Layout knobs: column order, an extra leading column, blank rows, a header
 * split over two rows, .xls. Remembers where each row and column landed so tests can name cells.
 */
final class F5Book {
    static final List<String> OFFICIAL = List.of("序号", "县市区/单位", "指标文号", "项目名称", "预算金额", "备注", "支付金额", "支付比率");

    List<String> columns = new ArrayList<>(OFFICIAL);
    boolean leadingColumn, twoRowHeader, xls, subtotals, subtotalsFirst, mergedUnits, spacedLabels;
    /** Group rows numbered 一、二、… carrying the unit's name and sums, instead of “…小计”. */
    boolean chineseGroupRows;
    private int groupNo;
    /** Added to a unit's written 小计 预算金额 (a mutation). */
    final Map<String, BigDecimal> subtotalBudgetDelta = new HashMap<>();
    int blankRowsBeforeHeader;
    String title = "2024年度开放型专项资金现场评价项目预算执行情况明细表";
    List<SeedF5.Line> rows = new ArrayList<>(SeedF5.ROWS);
    SeedF5.Line total = SeedF5.TOTAL;

    /** Excel row number (1-based) of each detail row by its 序号; of each 小计 by unit. */
    final Map<String, Integer> rowOf = new HashMap<>();
    final Map<String, Integer> subtotalRowOf = new LinkedHashMap<>();
    int totalRow;

    /** Column letter of a header label in the built layout. */
    String col(String label) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(columns.indexOf(label) + (leadingColumn ? 1 : 0));
    }

    String cell(String label, String serial) {
        return col(label) + rowOf.get(serial);
    }

    String totalCell(String label) {
        return col(label) + totalRow;
    }

    byte[] build() {
        try (Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            write(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A large file, see {@link F5Large}. */
    static void large(int n, OutputStream out) throws IOException {
        F5Large.write(n, out);
    }

    private void write(Workbook wb) {
        Sheet s = wb.createSheet("附件2");
        DataFormat df = wb.createDataFormat();
        CellStyle money = wb.createCellStyle();
        money.setDataFormat(df.getFormat("#,##0.00"));
        CellStyle accounting = wb.createCellStyle();
        accounting.setDataFormat(df.getFormat("_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * \"-\"??_ ;_ @_ "));
        CellStyle pct = wb.createCellStyle();
        pct.setDataFormat(df.getFormat("0.00%"));
        int off = leadingColumn ? 1 : 0;
        int r = 0;
        text(s, r, off, title);
        s.addMergedRegion(new CellRangeAddress(r, r, off, off + 7));
        r++;
        text(s, r++, off, "(截至2024年12月31日)");
        r += blankRowsBeforeHeader;
        if (twoRowHeader) {
            // 支付情况 merged over 支付金额/支付比率; the other labels merged over both rows.
            for (int c = 0; c < columns.size(); c++) {
                String label = columns.get(c);
                boolean pay = label.equals("支付金额") || label.equals("支付比率");
                if (!pay) {
                    text(s, r, off + c, spaced(label));
                    s.addMergedRegion(new CellRangeAddress(r, r + 1, off + c, off + c));
                } else text(s, r + 1, off + c, spaced(label));
            }
            int first = Math.min(columns.indexOf("支付金额"), columns.indexOf("支付比率"));
            text(s, r, off + first, "支付情况");
            if (Math.abs(columns.indexOf("支付金额") - columns.indexOf("支付比率")) == 1)
                s.addMergedRegion(new CellRangeAddress(r, r, off + first, off + first + 1));
            r += 2;
        } else {
            if (leadingColumn) text(s, r, 0, "类别");
            for (int c = 0; c < columns.size(); c++) text(s, r, off + c, spaced(columns.get(c)));
            r++;
        }
        // Consecutive rows of one unit form a group (its 小计, its merged 县市区 cell).
        List<List<SeedF5.Line>> groups = new ArrayList<>();
        for (SeedF5.Line l : rows) {
            if (groups.isEmpty() || !groups.get(groups.size() - 1).get(0).unit().equals(l.unit())) groups.add(new ArrayList<>());
            groups.get(groups.size() - 1).add(l);
        }
        int unitCol = off + columns.indexOf("县市区/单位");
        for (List<SeedF5.Line> g : groups) {
            String unit = g.get(0).unit();
            BigDecimal ub = BigDecimal.ZERO, up = BigDecimal.ZERO;
            for (SeedF5.Line l : g) {
                ub = ub.add(SeedF5.amount(l.budget()));
                up = up.add(SeedF5.amount(l.paid()));
            }
            ub = ub.add(subtotalBudgetDelta.getOrDefault(unit, BigDecimal.ZERO));
            if (subtotals && subtotalsFirst) r = subtotal(s, r, off, unit, ub, up, money, pct);
            int first = r;
            for (SeedF5.Line l : g) {
                Row row = s.createRow(r);
                if (leadingColumn) row.createCell(0).setCellValue("专项");
                for (int c = 0; c < columns.size(); c++) put(row, off + c, columns.get(c), l, money, accounting, pct);
                if (mergedUnits && r > first && row.getCell(unitCol) != null) row.removeCell(row.getCell(unitCol));
                rowOf.put(l.serial(), r + 1);
                r++;
            }
            if (mergedUnits && r - first > 1) s.addMergedRegion(new CellRangeAddress(first, r - 1, unitCol, unitCol));
            if (subtotals && !subtotalsFirst) r = subtotal(s, r, off, unit, ub, up, money, pct);
        }
        if (total != null) {
            Row row = s.createRow(r);
            for (int c = 0; c < columns.size(); c++) put(row, off + c, columns.get(c), total, money, accounting, pct);
            totalRow = r + 1;
            r++;
        }
        text(s, r + 1, off, "填表人：");
    }

    private int subtotal(Sheet s, int r, int off, String unit, BigDecimal b, BigDecimal p, CellStyle money, CellStyle pct) {
        Row row = s.createRow(r);
        if (chineseGroupRows) {
            row.createCell(off + columns.indexOf("序号")).setCellValue("一二三四五六七八九十".charAt(groupNo++ % 10) + "、");
            row.createCell(off + columns.indexOf("县市区/单位")).setCellValue(unit);
        } else row.createCell(off + columns.indexOf("县市区/单位")).setCellValue(unit + "小计");
        Cell cb = row.createCell(off + columns.indexOf("预算金额"));
        cb.setCellValue(b.doubleValue());
        cb.setCellStyle(money);
        Cell cp = row.createCell(off + columns.indexOf("支付金额"));
        cp.setCellValue(p.doubleValue());
        cp.setCellStyle(money);
        if (b.signum() > 0) {
            Cell cr = row.createCell(off + columns.indexOf("支付比率"));
            cr.setCellValue(p.divide(b, 4, RoundingMode.HALF_UP).doubleValue());
            cr.setCellStyle(pct);
        }
        subtotalRowOf.putIfAbsent(unit, r + 1);
        return r + 1;
    }

    private String spaced(String label) {
        if (!spacedLabels) return label;
        // Clerks' copies: spaces inside labels, full-width brackets.
        return label.length() == 2 ? label.charAt(0) + "  " + label.charAt(1) : label.replace("/", "／") + " ";
    }

    private static void put(Row row, int c, String label, SeedF5.Line l, CellStyle money, CellStyle accounting, CellStyle pct) {
        switch (label) {
            case "序号" -> {
                if (l.serial().matches("\\d+")) row.createCell(c).setCellValue(Integer.parseInt(l.serial()));
                else row.createCell(c).setCellValue(l.serial());
            }
            case "县市区/单位" -> textCell(row, c, l.unit());
            case "指标文号" -> textCell(row, c, l.docNo());
            case "项目名称" -> textCell(row, c, l.project());
            case "备注" -> textCell(row, c, l.note());
            case "预算金额" -> amount(row, c, l.budget(), money, accounting);
            case "支付金额" -> amount(row, c, l.paid(), money, accounting);
            case "支付比率", "支付比率(%)" -> {
                if (l.rate().isBlank()) return;
                Cell cell = row.createCell(c);
                if (l.rate().startsWith("T:")) {
                    cell.setCellValue(l.rate().substring(2));
                    return;
                }
                if (l.rate().startsWith("N:")) {
                    // A plain number in a General cell.
                    cell.setCellValue(Double.parseDouble(l.rate().substring(2)));
                    return;
                }
                try {
                    cell.setCellValue(new BigDecimal(l.rate().replace("%", "").strip()).movePointLeft(2).doubleValue());
                    cell.setCellStyle(pct);
                } catch (NumberFormatException e) {
                    cell.setCellValue(l.rate());
                }
            }
            default -> { }
        }
    }

    /** Amounts as the report prints them: "-" is a 0 shown by the accounting format; "T:" prefix writes text. */
    private static void amount(Row row, int c, String v, CellStyle money, CellStyle accounting) {
        if (v.isBlank()) return;
        Cell cell = row.createCell(c);
        if (v.startsWith("T:")) {
            cell.setCellValue(v.substring(2));
            return;
        }
        if (v.equals("-")) {
            cell.setCellValue(0);
            cell.setCellStyle(accounting);
            return;
        }
        try {
            cell.setCellValue(new BigDecimal(v.replace(",", "")).doubleValue());
            cell.setCellStyle(money);
        } catch (NumberFormatException e) {
            cell.setCellValue(v);
        }
    }

    private static void textCell(Row row, int c, String v) {
        if (!v.isEmpty()) row.createCell(c).setCellValue(v);
    }

    private static void text(Sheet s, int r, int c, String v) {
        Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
        row.createCell(c).setCellValue(v);
    }
}
