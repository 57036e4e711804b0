package cn.shangwu.audit.form.finalaccounts;

import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.shangwu.audit.form.finalaccounts.BlankBook.col;
import static cn.shangwu.audit.form.finalaccounts.BlankBook.ordinal;

/**
 * The blank 部门决算 workbook: 公开01–09表 in the official layouts (labels, 行次, 栏次, column order, 单位：万元), totals
 * as formulas, input cells unlocked. 功能分类 tables have input rows a clerk fills or extends by inserting rows;
 * their 合计 adds the 类 rows (3-character codes); 06's 经济分类 list is fixed.
 */
public final class FinalAccountsBlank {
    static final int CODED_ROWS = 80;
    private static final String[] INCOME = {"一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入",
            "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"};
    private static final String[] FISCAL = {"一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"};

    private FinalAccountsBlank() {}

    public static byte[] build() {
        CodeList codes = CodeList.load();
        List<String> classes = new ArrayList<>();
        codes.functional().forEach((k, v) -> { if (k.length() == 3) classes.add(v); });
        BlankBook b = new BlankBook();
        t01(b, classes);
        coded(b, "公开02表", "收入决算表", "公开02表",
                new String[]{"本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"}, null, "本表反映部门本年度取得的各项收入情况。");
        coded(b, "公开03表", "支出决算表", "公开03表",
                new String[]{"本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"}, null, "本表反映部门本年度各项支出情况。");
        t04(b, classes);
        coded(b, "公开05表", "一般公共预算财政拨款支出决算表", "公开05表", new String[]{"小计", "基本支出", "项目支出"}, "本年支出",
                "本表反映部门本年度一般公共预算财政拨款支出情况。");
        t06(b, codes.economic());
        t07(b);
        coded(b, "公开08表", "政府性基金预算财政拨款收入支出决算表", "公开08表",
                new String[]{"年初结转和结余", "本年收入", "小计", "基本支出", "项目支出", "年末结转和结余"}, null,
                "本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。");
        coded(b, "公开09表", "国有资本经营预算财政拨款支出决算表", "公开09表", new String[]{"合计", "基本支出", "项目支出"}, "本年支出",
                "本表反映部门本年度国有资本经营预算财政拨款支出情况。");
        return b.finish(FinalAccountsForm.ID, FinalAccountsForm.VERSION);
    }

    private static void t01(BlankBook b, List<String> classes) {
        XSSFSheet s = b.sheet("公开01表", "收入支出决算总表", "公开01表", 5, false);
        b.merged(s, 3, 3, 0, 2, "收入", b.header);
        b.merged(s, 3, 3, 3, 5, "支出", b.header);
        String[] h = {"项目", "行次", "决算数", "项目", "行次", "决算数"};
        for (int c = 0; c < 6; c++) b.put(s, 4, c, h[c], b.header);
        String[] l = {"栏次", "", "1", "栏次", "", "2"};
        for (int c = 0; c < 6; c++) b.put(s, 5, c, l[c], b.header);
        int first = 6, n = classes.size();
        for (int i = 0; i < n; i++) {
            int r = first + i;
            b.put(s, r, 0, i < INCOME.length ? ordinal(i + 1) + "、" + INCOME[i] : "", b.label);
            b.put(s, r, 1, String.valueOf(i + 1), b.label);
            b.cell(s, r, 2, i < INCOME.length ? b.input : b.label);
            b.put(s, r, 3, ordinal(i + 1) + "、" + classes.get(i), b.label);
            b.put(s, r, 4, String.valueOf(n + 6 + i), b.label);
            b.cell(s, r, 5, b.input);
        }
        int r = first + n;
        String[][] tail = {{"本年收入合计", "本年支出合计"}, {"使用非财政拨款结余", "结余分配"}, {"年初结转和结余", "年末结转和结余"}, {"", ""}, {"总计", "总计"}};
        for (int i = 0; i < tail.length; i++) {
            b.put(s, r + i, 0, tail[i][0], b.label);
            b.put(s, r + i, 1, String.valueOf(n + 1 + i), b.label);
            b.put(s, r + i, 3, tail[i][1], b.label);
            b.put(s, r + i, 4, String.valueOf(2 * n + 6 + i), b.label);
            b.cell(s, r + i, 2, i == 0 || i == 4 ? b.formula : i == 3 ? b.label : b.input);
            b.cell(s, r + i, 5, i == 0 || i == 4 ? b.formula : i == 3 ? b.label : b.input);
        }
        b.formula(s, r, 2, "SUM(C" + (first + 1) + ":C" + (first + INCOME.length) + ")");
        b.formula(s, r, 5, "SUM(F" + (first + 1) + ":F" + (first + n) + ")");
        b.formula(s, r + 4, 2, "C" + (r + 1) + "+C" + (r + 2) + "+C" + (r + 3));
        b.formula(s, r + 4, 5, "F" + (r + 1) + "+F" + (r + 2) + "+F" + (r + 3));
        b.put(s, r + 6, 0, "注：1. 本表反映部门本年度的总收支和年末结转结余情况。2. 本套报表金额单位转换时可能存在尾数误差。", b.plain);
        widths(s, 38, 6, 14, 38, 6, 14);
    }

    /** 02, 03, 05, 08, 09: 功能分类科目编码 | 科目名称 | amounts; 合计 = Σ 类 rows; row identities as formulas. */
    private static void coded(BlankBook b, String name, String title, String mark, String[] cols, String group, String note) {
        int last = 1 + cols.length;
        XSSFSheet s = b.sheet(name, title, mark, last, cols.length > 3);
        b.merged(s, 3, 3, 0, 1, "项目", b.header);
        boolean fund = name.equals("公开08表");
        for (int i = 0; i < cols.length; i++) {
            int c = 2 + i;
            if (fund && i >= 2 && i <= 4) continue;
            if (group != null) continue;
            b.merged(s, 3, 4, c, c, cols[i], b.header);
        }
        if (group != null) {
            b.merged(s, 3, 3, 2, last, group, b.header);
            for (int i = 0; i < cols.length; i++) b.put(s, 4, 2 + i, cols[i], b.header);
        }
        if (fund) {
            b.merged(s, 3, 3, 4, 6, "本年支出", b.header);
            for (int i = 2; i <= 4; i++) b.put(s, 4, 2 + i, cols[i], b.header);
        }
        b.put(s, 4, 0, "功能分类科目编码", b.header);
        b.put(s, 4, 1, "科目名称", b.header);
        b.merged(s, 5, 5, 0, 1, "栏次", b.header);
        for (int i = 0; i < cols.length; i++) b.put(s, 5, 2 + i, String.valueOf(i + 1), b.header);
        int total = 6, first = 7, end = first + CODED_ROWS - 1;
        b.merged(s, total, total, 0, 1, "合计", b.label);
        for (int i = 0; i < cols.length; i++) {
            String c = col(2 + i);
            b.formula(s, total, 2 + i, "SUMIF($A$" + (first + 1) + ":$A$" + (end + 1) + ",\"???\"," + c + (first + 1) + ":" + c + (end + 1) + ")");
        }
        for (int r = first; r <= end; r++) {
            b.cell(s, r, 0, b.inputText);
            b.cell(s, r, 1, b.inputText);
            for (int i = 0; i < cols.length; i++) b.cell(s, r, 2 + i, b.input);
            int x = r + 1;
            switch (name) {
                case "公开02表" -> b.formula(s, r, 2, "SUM(D" + x + ":I" + x + ")");
                case "公开03表" -> b.formula(s, r, 2, "SUM(D" + x + ":H" + x + ")");
                case "公开05表", "公开09表" -> b.formula(s, r, 2, "D" + x + "+E" + x);
                case "公开08表" -> {
                    b.formula(s, r, 4, "F" + x + "+G" + x);
                    b.formula(s, r, 7, "C" + x + "+D" + x + "-E" + x);
                }
                default -> { }
            }
        }
        b.put(s, end + 2, 0, "注：" + note, b.plain);
        if (fund || name.equals("公开09表")) {
            b.put(s, end + 3, 0, "备注：", b.plain);
            b.cell(s, end + 3, 1, b.inputText);
        }
        int[] w = new int[2 + cols.length];
        w[0] = 16;
        w[1] = 34;
        for (int i = 2; i < w.length; i++) w[i] = 13;
        widths(s, w);
    }

    private static void t04(BlankBook b, List<String> classes) {
        XSSFSheet s = b.sheet("公开04表", "财政拨款收入支出决算总表", "公开04表", 8, true);
        b.merged(s, 3, 3, 0, 2, "收入", b.header);
        b.merged(s, 3, 3, 3, 8, "支出", b.header);
        String[] h = {"项目", "行次", "金额", "项目", "行次", "合计", FISCAL[0], FISCAL[1], FISCAL[2]};
        for (int c = 0; c < h.length; c++) b.put(s, 4, c, h[c], b.header);
        String[] l = {"栏次", "", "1", "栏次", "", "2", "3", "4", "5"};
        for (int c = 0; c < l.length; c++) b.put(s, 5, c, l[c], b.header);
        int first = 6, n = classes.size();
        for (int i = 0; i < n; i++) {
            int r = first + i, x = r + 1;
            b.put(s, r, 0, i < 3 ? ordinal(i + 1) + "、" + FISCAL[i] : "", b.label);
            b.put(s, r, 1, String.valueOf(i + 1), b.label);
            b.cell(s, r, 2, i < 3 ? b.input : b.label);
            b.put(s, r, 3, ordinal(i + 1) + "、" + classes.get(i), b.label);
            b.put(s, r, 4, String.valueOf(n + 7 + i), b.label);
            b.formula(s, r, 5, "SUM(G" + x + ":I" + x + ")");
            for (int c = 6; c <= 8; c++) b.cell(s, r, c, b.input);
        }
        int r = first + n;
        String[] left = {"本年收入合计", "年初财政拨款结转和结余", FISCAL[0], FISCAL[1], FISCAL[2], "总计"};
        String[] rightL = {"本年支出合计", "年末财政拨款结转和结余", "", "", "", "总计"};
        for (int i = 0; i < left.length; i++) {
            int x = r + i + 1;
            b.put(s, r + i, 0, left[i], b.label);
            b.put(s, r + i, 1, String.valueOf(n + 1 + i), b.label);
            b.cell(s, r + i, 2, i >= 2 && i <= 4 ? b.input : b.formula);
            b.put(s, r + i, 3, rightL[i], b.label);
            b.put(s, r + i, 4, String.valueOf(2 * n + 7 + i), b.label);
            for (int c = 5; c <= 8; c++) b.cell(s, r + i, c, i == 1 && c > 5 ? b.input : i >= 2 && i <= 4 ? b.label : b.formula);
            if (i == 1) b.formula(s, r + i, 5, "SUM(G" + x + ":I" + x + ")");
        }
        b.formula(s, r, 2, "SUM(C" + (first + 1) + ":C" + (first + 3) + ")");
        b.formula(s, r + 1, 2, "SUM(C" + (r + 3) + ":C" + (r + 5) + ")");
        b.formula(s, r + 5, 2, "C" + (r + 1) + "+C" + (r + 2));
        for (int c = 5; c <= 8; c++) {
            String L = col(c);
            b.formula(s, r, c, "SUM(" + L + (first + 1) + ":" + L + (first + n) + ")");
            b.formula(s, r + 5, c, L + (r + 1) + "+" + L + (r + 2));
        }
        b.put(s, r + 7, 0, "注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。", b.plain);
        widths(s, 30, 6, 13, 34, 6, 13, 13, 13, 13);
    }

    /** 06: three blocks (301/303 | 302 | 307/310/399), class rows as sums of their items; 人员经费/公用经费合计. */
    private static void t06(BlankBook b, Map<String, String> econ) {
        XSSFSheet s = b.sheet("公开06表", "一般公共预算财政拨款基本支出决算表", "公开06表", 8, true);
        b.merged(s, 3, 3, 0, 2, "人员经费", b.header);
        b.merged(s, 3, 3, 3, 8, "公用经费", b.header);
        for (int k = 0; k < 3; k++) {
            b.put(s, 4, 3 * k, "经济分类科目编码", b.header);
            b.put(s, 4, 3 * k + 1, "科目名称", b.header);
            b.put(s, 4, 3 * k + 2, "决算数", b.header);
        }
        String[][] blocks = {{"301", "303"}, {"302"}, {"307", "310", "399"}};
        int first = 5, maxRow = first;
        Map<String, String> classCell = new java.util.HashMap<>();
        for (int k = 0; k < 3; k++) {
            int r = first;
            for (String cls : blocks[k]) {
                int clsRow = r;
                b.put(s, r, 3 * k, cls, b.label);
                b.put(s, r, 3 * k + 1, econ.get(cls), b.label);
                r++;
                int itemsFrom = r;
                for (var e : econ.entrySet()) {
                    if (e.getKey().length() != 5 || !e.getKey().startsWith(cls)) continue;
                    b.put(s, r, 3 * k, e.getKey(), b.label);
                    b.put(s, r, 3 * k + 1, e.getValue(), b.label);
                    b.cell(s, r, 3 * k + 2, b.input);
                    r++;
                }
                String c = col(3 * k + 2);
                b.formula(s, clsRow, 3 * k + 2, "SUM(" + c + (itemsFrom + 1) + ":" + c + r + ")");
                classCell.put(cls, c + (clsRow + 1));
            }
            maxRow = Math.max(maxRow, r);
        }
        for (int r = first; r < maxRow; r++) for (int c = 0; c < 9; c++) if (s.getRow(r).getCell(c) == null) b.cell(s, r, c, b.label);
        b.merged(s, maxRow, maxRow, 0, 1, "人员经费合计", b.label);
        b.formula(s, maxRow, 2, classCell.get("301") + "+" + classCell.get("303"));
        b.merged(s, maxRow, maxRow, 3, 7, "公用经费合计", b.label);
        b.formula(s, maxRow, 8, classCell.get("302") + "+" + classCell.get("307") + "+" + classCell.get("310") + "+" + classCell.get("399"));
        b.put(s, maxRow + 2, 0, "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。", b.plain);
        widths(s, 10, 30, 12, 10, 26, 12, 10, 30, 12);
    }

    private static void t07(BlankBook b) {
        XSSFSheet s = b.sheet("公开07表", "一般公共预算财政拨款“三公”经费支出决算表", "公开07表", 11, true);
        b.merged(s, 3, 3, 0, 5, "预算数", b.header);
        b.merged(s, 3, 3, 6, 11, "决算数", b.header);
        for (int k = 0; k < 2; k++) {
            int o = 6 * k;
            b.merged(s, 4, 5, o, o, "合计", b.header);
            b.merged(s, 4, 5, o + 1, o + 1, "因公出国(境)费", b.header);
            b.merged(s, 4, 4, o + 2, o + 4, "公务用车购置及运行费", b.header);
            b.put(s, 5, o + 2, "小计", b.header);
            b.put(s, 5, o + 3, "公务用车购置费", b.header);
            b.put(s, 5, o + 4, "公务用车运行费", b.header);
            b.merged(s, 4, 5, o + 5, o + 5, "公务接待费", b.header);
        }
        for (int c = 0; c < 12; c++) b.put(s, 6, c, String.valueOf(c + 1), b.header);
        for (int c = 0; c < 12; c++) b.cell(s, 7, c, b.input);
        for (int k = 0; k < 2; k++) {
            int o = 6 * k;
            b.formula(s, 7, o, col(o + 1) + "8+" + col(o + 2) + "8+" + col(o + 5) + "8");
            b.formula(s, 7, o + 2, col(o + 3) + "8+" + col(o + 4) + "8");
        }
        b.put(s, 9, 0, "注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；"
                + "决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。", b.plain);
        int[] w = new int[12];
        java.util.Arrays.fill(w, 12);
        widths(s, w);
    }

    private static void widths(XSSFSheet s, int... w) {
        for (int i = 0; i < w.length; i++) s.setColumnWidth(i, w[i] * 256);
    }
}
