package cn.shangwu.audit.form.selfeval;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.*;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds workbooks from seed tables: a clerk's own copy in the official layout (values only, no template id) with
 * the variations clerks produce, or our blank filled in (formulas kept). Records where each value went.
 */
public final class Workbooks {
    private Workbooks() {}

    /** Variations of a clerk's copy. */
    public record Copy(boolean xls, int leadCols, boolean blankRows, boolean splitHeader, boolean mergeLevel1,
                       boolean totalFirst, boolean textAmounts) {
        public static final Copy OFFICIAL = new Copy(false, 0, false, false, true, false, false);
        public Copy xls(boolean v) { return new Copy(v, leadCols, blankRows, splitHeader, mergeLevel1, totalFirst, textAmounts); }
        public Copy lead(int v) { return new Copy(xls, v, blankRows, splitHeader, mergeLevel1, totalFirst, textAmounts); }
        public Copy blanks(boolean v) { return new Copy(xls, leadCols, v, splitHeader, mergeLevel1, totalFirst, textAmounts); }
        public Copy split(boolean v) { return new Copy(xls, leadCols, blankRows, v, mergeLevel1, totalFirst, textAmounts); }
        public Copy merged(boolean v) { return new Copy(xls, leadCols, blankRows, splitHeader, v, totalFirst, textAmounts); }
        public Copy totalFirst(boolean v) { return new Copy(xls, leadCols, blankRows, splitHeader, mergeLevel1, v, textAmounts); }
        public Copy text(boolean v) { return new Copy(xls, leadCols, blankRows, splitHeader, mergeLevel1, totalFirst, v); }
    }

    /** A built workbook and where things went: "exec.score", "exec.rate", "total.score", "ind.3.score", "group.产出指标" … */
    public record Built(byte[] bytes, Map<String, String> cells, String sheet) {
        public String cell(String key) {
            String c = cells.get(key);
            if (c == null) throw new IllegalArgumentException("no cell recorded for " + key + " in " + cells.keySet());
            return c;
        }
    }

    public static Built copy(SeedForm f) {
        return copy(f, Copy.OFFICIAL);
    }

    public static Built copy(SeedForm f, Copy o) {
        Workbook wb = o.xls() ? new HSSFWorkbook() : new XSSFWorkbook();
        String sheetName = f.isDept() ? "部门整体支出绩效自评表" : "项目支出绩效自评表";
        Sheet s = wb.createSheet(sheetName);
        Map<String, String> cells = new HashMap<>();
        CellStyle pct = wb.createCellStyle();
        pct.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        Writer w = new Writer(s, o.leadCols(), pct, cells);
        int r = 0;
        w.text(r, 0, f.title());
        w.merge(r, r, 0, 8);
        r++;
        if (f.isDept()) {
            w.text(r, 0, "部门名称");
            w.text(r, 1, f.name() == null ? "" : f.name());
            r++;
        } else {
            w.text(r, 0, f.file().startsWith("004") ? "项目名称" : "项目支出名称");
            w.text(r, 1, f.name());
            w.merge(r, r, 1, 8);
            r++;
            w.text(r, 0, "主管部门");
            w.text(r, 1, f.dept().get(0));
            w.text(r, 5, "实施单位");
            w.text(r, 6, f.dept().get(f.dept().size() - 1));
            r++;
        }
        int fundsTop = r;
        w.text(r, 0, f.isDept() ? "年度预算申请（万元）" : "项目资金（万元）");
        String[] fh = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
        for (int i = 0; i < fh.length; i++) w.text(r, 2 + i, fh[i]);
        r++;
        List<List<String>> funds = new ArrayList<>(f.funds());
        if (o.totalFirst()) {
            List<String> last = funds.remove(funds.size() - 1);
            funds.add(0, last);
        }
        for (List<String> row : funds) {
            w.text(r, 1, row.get(0));
            boolean total = row.get(0).contains("年度资金总额") || row.get(0).equals("合计");
            for (int i = 1; i < row.size() && i <= 6; i++) {
                String v = row.get(i);
                if (v.isEmpty()) continue;
                String key = new String[]{null, "planned", "budget", "executed", "points", "rate", "score"}[i];
                if (o.textAmounts() && i <= 3 && total) w.text(r, 1 + i, thousands(v));
                else w.value(r, 1 + i, v);
                if (total) cells.put("exec." + key, w.a1(r, 1 + i));
                else cells.put("source." + row.get(0).replaceFirst("^其中[:：]", "") + "." + key, w.a1(r, 1 + i));
            }
            r++;
            if (o.blankRows()) r++;
        }
        String section = null;
        for (List<String> p : f.parts()) {
            if (!p.get(0).equals(section)) {
                section = p.get(0);
                w.text(r++, 1, section + "：");
            }
            if (p.size() <= 4 || p.subList(2, 4).stream().allMatch(String::isEmpty)) {
                w.text(r, 1, p.get(1) + "：" + p.get(p.size() - 1));
                cells.put("part." + p.get(1).replaceFirst("^其中[:：]", ""), w.a1(r, 1));
            } else {
                w.text(r, 1, p.get(1));
                for (int i = 2; i < p.size(); i++) if (!p.get(i).isEmpty()) w.value(r, i, p.get(i));
            }
            r++;
        }
        w.merge(fundsTop, r - 1, 0, 0);
        w.text(r, 0, "年度总体目标");
        w.text(r, 1, "预期目标");
        w.text(r, 5, "实际完成情况");
        w.text(r + 1, 1, f.goal().get(0));
        w.text(r + 1, 5, f.goal().size() > 1 ? f.goal().get(1) : "");
        w.merge(r, r + 1, 0, 0);
        w.merge(r + 1, r + 1, 1, 4);
        w.merge(r + 1, r + 1, 5, 8);
        r += 2;
        int head = r;
        w.text(r, 0, "绩效指标");
        String[] ih = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"};
        for (int i = 0; i < ih.length; i++) {
            if (o.splitHeader() && (i == 3 || i == 4)) {
                w.text(r, 1 + i, i == 3 ? "年度" : "实际");
                w.text(r + 1, 1 + i, i == 3 ? "指标值" : "完成值");
            } else {
                w.text(r, 1 + i, ih[i]);
                if (o.splitHeader()) w.merge(r, r + 1, 1 + i, 1 + i);
            }
        }
        r += o.splitHeader() ? 2 : 1;
        int groupTop = -1;
        for (int i = 0; i < f.indicators().size(); i++) {
            List<String> ind = f.indicators().get(i);
            if (!ind.get(0).isEmpty()) {
                if (o.mergeLevel1() && groupTop >= 0 && r - 1 > groupTop) w.merge(groupTop, r - 1 - (o.blankRows() ? 0 : 0), 1, 1);
                groupTop = r;
                w.text(r, 1, ind.get(0));
                cells.putIfAbsent("group." + ind.get(0).replaceAll("[ （(].*$", ""), w.a1(r, 1));
            }
            for (int c = 1; c < 8; c++) {
                String v = ind.get(c);
                if (v.isEmpty()) continue;
                if (c == 5 || c == 6) w.value(r, 1 + c, v);
                else w.text(r, 1 + c, v);
            }
            cells.put("ind." + i + ".points", w.a1(r, 6));
            cells.put("ind." + i + ".score", w.a1(r, 7));
            cells.put("ind." + i + ".actual", w.a1(r, 5));
            cells.put("ind." + i + ".reason", w.a1(r, 8));
            r++;
            if (o.blankRows() && i % 4 == 3) r++;
        }
        if (o.mergeLevel1() && groupTop >= 0 && r - 1 > groupTop) w.merge(groupTop, r - 1, 1, 1);
        w.merge(head, r - 1, 0, 0);
        if (!f.total().isEmpty()) {
            w.text(r, 0, "总分");
            w.merge(r, r, 0, 5);
            w.value(r, 6, f.total().get(0));
            w.value(r, 7, f.total().get(1));
            cells.put("total.points", w.a1(r, 6));
            cells.put("total.score", w.a1(r, 7));
            if (f.total().size() > 2) {
                w.text(r, 8, f.total().get(2));
                cells.put("total.grade", w.a1(r, 8));
            }
            r++;
        }
        w.text(r + 1, 0, "填表人：");
        w.text(r + 1, 4, "联系电话：");
        return new Built(bytes(wb), cells, sheetName);
    }

    /** Our blank filled in with a seed table (F1 or F2, at most 20 indicators): formulas kept and recalculated. */
    public static Built filledBlank(SeedForm f) {
        boolean dept = f.isDept();
        SelfEvalForm form = dept ? SelfEvalForm.dept() : SelfEvalForm.project();
        Workbook wb = open(form.blank());
        Sheet s = wb.getSheetAt(0);
        Map<String, String> cells = new HashMap<>();
        Writer w = new Writer(s, 0, null, cells);
        if (dept) {
            w.text(2, 2, f.name());
        } else {
            w.text(2, 1, f.name());
            w.text(3, 1, f.dept().get(0));
            w.text(3, 6, f.dept().get(f.dept().size() - 1));
        }
        int totalRow = dept ? 4 : 8;
        Map<String, Integer> fundRows = dept
                ? Map.of("年度资金总额", 4, "一般公共预算", 6, "政府性基金拨款", 7, "纳入专户管理的非税收入拨款", 8, "其他资金", 9, "基本支出", 11, "项目支出", 12)
                : Map.of("当年财政拨款", 5, "上年结转资金", 6, "其他资金", 7, "年度资金总额", 8);
        List<List<String>> rows = new ArrayList<>(f.funds());
        for (List<String> p : f.parts()) rows.add(p.subList(1, p.size()));
        for (List<String> row : rows) {
            String label = row.get(0).replaceFirst("^其中[:：]", "");
            Integer rr = fundRows.get(label);
            if (rr == null) continue;
            for (int i = 1; i <= 3 && i < row.size(); i++) {
                if (!row.get(i).isEmpty()) w.value(rr, 1 + i, row.get(i));
                String col = new String[]{null, "planned", "budget", "executed"}[i];
                cells.put(rr == totalRow ? "exec." + col : "source." + label + "." + col, w.a1(rr, 1 + i));
            }
        }
        cells.put("exec.points", w.a1(totalRow, 5));
        cells.put("exec.rate", w.a1(totalRow, 6));
        cells.put("exec.score", w.a1(totalRow, 7));
        int goal = dept ? 14 : 10;
        w.text(goal, 1, f.goal().get(0));
        w.text(goal, 5, f.goal().size() > 1 ? f.goal().get(1) : "");
        int first = goal + 2, n = f.indicators().size();
        if (n > BlankWriter.INDICATOR_ROWS) throw new IllegalArgumentException("more indicators than the blank offers");
        for (int i = s.getNumMergedRegions() - 1; i >= 0; i--) {
            CellRangeAddress m = s.getMergedRegion(i);
            if (m.getFirstColumn() == 1 && m.getFirstRow() >= first && m.getLastRow() < first + BlankWriter.INDICATOR_ROWS) s.removeMergedRegion(i);
        }
        for (int i = 0; i < BlankWriter.INDICATOR_ROWS; i++) s.getRow(first + i).getCell(1).setBlank();
        int groupTop = -1;
        for (int i = 0; i < n; i++) {
            List<String> ind = f.indicators().get(i);
            int rr = first + i;
            if (!ind.get(0).isEmpty()) {
                if (groupTop >= 0 && rr - 1 > groupTop) s.addMergedRegion(new CellRangeAddress(groupTop, rr - 1, 1, 1));
                groupTop = rr;
                cells.putIfAbsent("group." + ind.get(0).replaceAll("[ （(].*$", ""), w.a1(rr, 1));
            }
            for (int c = 0; c < 8; c++) {
                String v = ind.get(c);
                if (v.isEmpty()) continue;
                if (c == 5 || c == 6) w.value(rr, 1 + c, v);
                else w.text(rr, 1 + c, v);
            }
            cells.put("ind." + i + ".points", w.a1(rr, 6));
            cells.put("ind." + i + ".score", w.a1(rr, 7));
            cells.put("ind." + i + ".actual", w.a1(rr, 5));
            cells.put("ind." + i + ".reason", w.a1(rr, 8));
        }
        if (groupTop >= 0 && first + n - 1 > groupTop) s.addMergedRegion(new CellRangeAddress(groupTop, first + n - 1, 1, 1));
        int total = first + BlankWriter.INDICATOR_ROWS;
        cells.put("total.points", w.a1(total, 6));
        cells.put("total.score", w.a1(total, 7));
        cells.put("total.grade", w.a1(total + 1, 7));
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        return new Built(bytes(wb), cells, s.getSheetName());
    }

    /** Changes one cell of a built workbook (a single-fault mutation): a number, a text, or null to blank it. */
    public static byte[] mutate(byte[] bytes, String sheet, String a1, Object value, boolean keepFormula) {
        Workbook wb = open(bytes);
        Sheet s = wb.getSheet(sheet);
        CellReference ref = new CellReference(a1);
        Row row = s.getRow(ref.getRow());
        if (row == null) row = s.createRow(ref.getRow());
        Cell c = row.getCell(ref.getCol());
        if (c == null) c = row.createCell(ref.getCol());
        if (!keepFormula && c.getCellType() == CellType.FORMULA) c.removeFormula();
        if (value instanceof Number num) c.setCellValue(num.doubleValue());
        else if (value instanceof String t) c.setCellValue(t);
        else c.setBlank();
        // Excel recalculates on save; a stale cached value is only kept when the test asks for it.
        if (!keepFormula) wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        return bytes(wb);
    }

    public static Workbook open(byte[] bytes) {
        try {
            return WorkbookFactory.create(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] bytes(Workbook wb) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            wb.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String thousands(String v) {
        try {
            java.math.BigDecimal d = new java.math.BigDecimal(v);
            return new java.text.DecimalFormat("#,##0.00").format(d);
        } catch (NumberFormatException e) {
            return v;
        }
    }

    /** Writes cells, shifted right by the extra leading columns of a clerk's copy. */
    private record Writer(Sheet s, int lead, CellStyle pct, Map<String, String> cells) {
        Cell cell(int r, int c) {
            Row row = s.getRow(r);
            if (row == null) row = s.createRow(r);
            Cell cell = row.getCell(c + lead);
            return cell == null ? row.createCell(c + lead) : cell;
        }

        void text(int r, int c, String v) {
            cell(r, c).setCellValue(v);
        }

        /** Numbers as numbers (79.1% as 0.791 formatted as percent, the way Excel stores it), the rest as text. */
        void value(int r, int c, String v) {
            String t = v.strip();
            try {
                if (t.endsWith("%")) {
                    Cell cell = cell(r, c);
                    cell.setCellValue(new java.math.BigDecimal(t.substring(0, t.length() - 1)).movePointLeft(2).doubleValue());
                    if (pct != null) cell.setCellStyle(pct);
                } else {
                    cell(r, c).setCellValue(new java.math.BigDecimal(t).doubleValue());
                }
            } catch (NumberFormatException e) {
                text(r, c, v);
            }
        }

        void merge(int r1, int r2, int c1, int c2) {
            if (r1 == r2 && c1 == c2) return;
            s.addMergedRegion(new CellRangeAddress(r1, r2, c1 + lead, c2 + lead));
        }

        String a1(int r, int c) {
            return new CellReference(r, c + lead).formatAsString(false);
        }
    }
}
