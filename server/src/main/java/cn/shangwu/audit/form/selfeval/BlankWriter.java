package cn.shangwu.audit.form.selfeval;

import cn.shangwu.audit.template.BlankKit;
import org.apache.poi.ss.usermodel.*;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the blank F1/F2 workbook in the official layout of seeds 000/001: same labels, column order and merged
 * cells; input cells unlocked and tinted, labels locked (protected without password, rows may be inserted);
 * 执行率, 执行率得分, 总分 and 等级 as formulas; TemplateId/TemplateVersion as custom properties.
 */
public final class BlankWriter {
    /** Indicator rows the blank offers; more are added by inserting rows inside the block. */
    public static final int INDICATOR_ROWS = 20;
    private static final String[] GROUPS = {"产出指标（40分）", "效益指标（30分）", "满意度指标（10分）", "成本指标（10分）"};
    private static final int[] GROUP_ROWS = {8, 6, 2, 4};

    public enum Kind { PROJECT, DEPT }

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final XSSFSheet s;
    private final CellStyle title, label, input, inputNum, inputPct, computed, computedPct, note, center;

    private BlankWriter(String sheetName) {
        s = wb.createSheet(sheetName);
        DataFormat fmt = wb.createDataFormat();
        Font bold = BlankKit.bold(wb, null, 16);
        title = style(false, null, false);
        title.setFont(bold);
        title.setBorderBottom(BorderStyle.NONE);
        title.setBorderTop(BorderStyle.NONE);
        title.setBorderLeft(BorderStyle.NONE);
        title.setBorderRight(BorderStyle.NONE);
        label = style(false, null, false);
        center = style(false, null, false);
        input = style(true, null, true);
        inputNum = style(true, fmt.getFormat("#,##0.00"), true);
        inputPct = style(true, null, true);
        computed = style(false, fmt.getFormat("0.00"), false);
        computedPct = style(false, fmt.getFormat("0.0%"), false);
        note = style(false, null, false);
        note.setAlignment(HorizontalAlignment.LEFT);
        note.setBorderBottom(BorderStyle.NONE);
        note.setBorderTop(BorderStyle.NONE);
        note.setBorderLeft(BorderStyle.NONE);
        note.setBorderRight(BorderStyle.NONE);
    }

    private CellStyle style(boolean editable, Short format, boolean tint) {
        CellStyle st = BlankKit.bordered(wb);
        st.setAlignment(HorizontalAlignment.CENTER);
        st.setVerticalAlignment(VerticalAlignment.CENTER);
        st.setWrapText(true);
        st.setLocked(!editable);
        if (format != null) st.setDataFormat(format);
        if (tint) {
            st.setFillForegroundColor(new XSSFColor(new byte[]{(byte) 0xFF, (byte) 0xF8, (byte) 0xDC}, null));
            st.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return st;
    }

    public static byte[] write(Kind kind, String templateId, String version) {
        BlankWriter w = new BlankWriter(kind == Kind.PROJECT ? "项目支出绩效自评表" : "部门整体支出绩效自评表");
        w.build(kind);
        return BlankKit.finish(w.wb, templateId, version);
    }

    private void build(Kind kind) {
        int[] widths = {10, 14, 16, 24, 14, 14, 8, 8, 28};
        for (int i = 0; i < widths.length; i++) s.setColumnWidth(i, widths[i] * 256);
        boolean project = kind == Kind.PROJECT;
        put(0, 0, project ? "项目支出绩效自评表" : "部门整体支出绩效自评表", title);
        merge(0, 0, 0, 8);
        put(1, 0, "（    年度）", note);
        merge(1, 1, 0, 8);
        s.getRow(1).getCell(0).setCellStyle(center(note));
        int r;
        if (project) {
            put(2, 0, "项目支出名称", label);
            inputs(2, 1, 8, input);
            merge(2, 2, 1, 8);
            put(3, 0, "主管部门", label);
            inputs(3, 1, 4, input);
            merge(3, 3, 1, 4);
            put(3, 5, "实施单位", label);
            inputs(3, 6, 8, input);
            merge(3, 3, 6, 8);
            r = 4;
            put(r, 0, "项目资金（万元）", label);
            header(r, "");
            row(r + 1, "其中：当年财政拨款", false);
            row(r + 2, "上年结转资金", false);
            row(r + 3, "其他资金", false);
            row(r + 4, "年度资金总额", true);
            merge(r, r + 4, 0, 0);
            r += 5;
        } else {
            put(2, 0, "预算部门（单位）名称", label);
            merge(2, 2, 0, 1);
            inputs(2, 2, 8, input);
            merge(2, 2, 2, 8);
            r = 3;
            put(r, 0, "年度预算申请（万元）", label);
            header(r, "");
            row(r + 1, "年度资金总额", true);
            put(r + 2, 1, "按收入性质分：", label);
            merge(r + 2, r + 2, 1, 8);
            row(r + 3, "其中：一般公共预算", false);
            row(r + 4, "政府性基金拨款", false);
            row(r + 5, "纳入专户管理的非税收入拨款", false);
            row(r + 6, "其他资金", false);
            put(r + 7, 1, "按支出性质分：", label);
            merge(r + 7, r + 7, 1, 8);
            row(r + 8, "其中：基本支出", false);
            row(r + 9, "项目支出", false);
            merge(r, r + 9, 0, 0);
            r += 10;
        }
        put(r, 0, "年度总体目标", label);
        put(r, 1, "预期目标", label);
        merge(r, r, 1, 4);
        put(r, 5, "实际完成情况", label);
        merge(r, r, 5, 8);
        inputs(r + 1, 1, 8, input);
        merge(r + 1, r + 1, 1, 4);
        merge(r + 1, r + 1, 5, 8);
        s.getRow(r + 1).setHeightInPoints(60);
        merge(r, r + 1, 0, 0);
        r += 2;
        int head = r;
        put(r, 0, "绩效指标", label);
        String[] h = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"};
        for (int i = 0; i < h.length; i++) put(r, i + 1, h[i], label);
        int first = r + 1;
        int g = 0, left = GROUP_ROWS[0];
        for (int i = 0; i < INDICATOR_ROWS; i++) {
            int rr = first + i;
            inputs(rr, 1, 5, input);
            put(rr, 6, null, inputNum);
            put(rr, 7, null, inputNum);
            put(rr, 8, null, input);
            if (left == GROUP_ROWS[g]) s.getRow(rr).getCell(1).setCellValue(GROUPS[g]);
            if (--left == 0 && g + 1 < GROUPS.length) {
                merge(rr - GROUP_ROWS[g] + 1, rr, 1, 1);
                g++;
                left = GROUP_ROWS[g];
            } else if (left == 0) {
                merge(rr - GROUP_ROWS[g] + 1, rr, 1, 1);
            }
        }
        int last = first + INDICATOR_ROWS - 1;
        merge(head, last, 0, 0);
        int total = last + 1;
        put(total, 0, "总分", label);
        for (int c = 1; c <= 5; c++) put(total, c, null, label);
        merge(total, total, 0, 5);
        put(total, 6, null, computed).setCellValue(100);
        int fundsRow = project ? 8 : 4;
        formula(total, 7, "ROUND(H" + (fundsRow + 1) + "+SUM(H" + (first + 1) + ":H" + (last + 1) + "),2)", computed);
        put(total, 8, null, label);
        put(total + 1, 0, "等级", label);
        for (int c = 1; c <= 6; c++) put(total + 1, c, null, label);
        merge(total + 1, total + 1, 0, 6);
        String t = "H" + (total + 1);
        formula(total + 1, 7, "IF(" + t + ">=90,\"优\",IF(" + t + ">=80,\"良\",IF(" + t + ">=60,\"中\",\"差\")))", computed);
        put(total + 1, 8, null, label);
        put(total + 2, 0, "如需增加指标行：在指标区中间任一行上右键“插入”整行并复制上一行，总分公式自动包含新行；"
                + "一级指标须写明分值，如“产出指标（40分）”，各一级指标分值合计90分。执行率、执行率得分、总分、等级为公式，请勿改写。", note);
        merge(total + 2, total + 2, 0, 8);
        s.getRow(total + 2).setHeightInPoints(32);
        put(total + 3, 0, "填表人：", note);
        put(total + 3, 2, "填报日期：", note);
        put(total + 3, 4, "联系电话：", note);
        put(total + 3, 6, "单位负责人签字：", note);

        BlankKit.printA4(s, true);
        s.enableLocking();
        BlankKit.allowRowEdits(s);
        s.lockSelectLockedCells(false);
        s.lockSelectUnlockedCells(false);
        wb.setForceFormulaRecalculation(true);
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    }

    private void header(int r, String first) {
        put(r, 1, first, label);
        String[] h = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
        for (int i = 0; i < h.length; i++) put(r, i + 2, h[i], label);
        put(r, 8, null, label);
    }

    /** A funds row: label, three amounts; the total row also carries 分值 10 and the 执行率/得分 formulas. */
    private void row(int r, String text, boolean total) {
        put(r, 1, text, label);
        inputs(r, 2, 4, inputNum);
        int x = r + 1;
        if (total) {
            put(r, 5, null, computed).setCellValue(10);
            formula(r, 6, "IF(D" + x + "=0,0,E" + x + "/D" + x + ")", computedPct);
            formula(r, 7, "ROUND(F" + x + "*MIN(G" + x + ",1),2)", computed);
        } else {
            for (int c = 5; c <= 7; c++) put(r, c, null, label);
        }
        put(r, 8, null, label);
    }

    private CellStyle center(CellStyle base) {
        CellStyle c = wb.createCellStyle();
        c.cloneStyleFrom(base);
        c.setAlignment(HorizontalAlignment.CENTER);
        return c;
    }

    private void inputs(int r, int from, int to, CellStyle st) {
        for (int c = from; c <= to; c++) put(r, c, null, st);
    }

    private Cell put(int r, int c, String text, CellStyle st) {
        Cell cell = BlankKit.cell(s, r, c);
        if (text != null) cell.setCellValue(text);
        cell.setCellStyle(st);
        return cell;
    }

    private void formula(int r, int c, String f, CellStyle st) {
        put(r, c, null, st).setCellFormula(f);
    }

    private void merge(int r1, int r2, int c1, int c2) {
        s.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
    }
}
