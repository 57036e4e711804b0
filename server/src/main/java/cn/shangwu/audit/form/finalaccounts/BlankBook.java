package cn.shangwu.audit.form.finalaccounts;

import cn.shangwu.audit.template.BlankKit;
import org.apache.poi.ss.usermodel.*;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.*;

/**
 * Building blocks for our blank templates: styles (labels and formulas locked, input cells unlocked), titles, A4
 * print setup, sheet protection that still lets clerks insert and delete rows, and the TemplateId custom properties.
 */
public final class BlankBook {
    public static final String AMOUNT_FORMAT = "#,##0.00;-#,##0.00;";

    public final XSSFWorkbook wb = new XSSFWorkbook();
    public final CellStyle title, header, label, input, inputText, formula, plain, right;

    public BlankBook() {
        Font bold = BlankKit.bold(wb, null, 0);
        Font big = BlankKit.bold(wb, null, 16);
        DataFormat df = wb.createDataFormat();
        title = BlankKit.title(wb, big);
        header = bordered();
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        label = bordered();
        input = bordered();
        input.setLocked(false);
        input.setDataFormat(df.getFormat(AMOUNT_FORMAT));
        inputText = bordered();
        inputText.setLocked(false);
        inputText.setDataFormat(df.getFormat("@"));
        formula = bordered();
        formula.setDataFormat(df.getFormat(AMOUNT_FORMAT));
        formula.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        formula.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        plain = wb.createCellStyle();
        right = wb.createCellStyle();
        right.setAlignment(HorizontalAlignment.RIGHT);
    }

    private CellStyle bordered() {
        return BlankKit.boxed(wb);
    }

    /** A new sheet with its title, table mark (e.g. 公开01表), 部门 line and 单位：万元, A4 and fit to one page wide. */
    public XSSFSheet sheet(String name, String titleText, String mark, int lastCol, boolean landscape) {
        XSSFSheet s = wb.createSheet(name);
        put(s, 0, 0, titleText, title);
        if (lastCol > 0) s.addMergedRegion(new CellRangeAddress(0, 0, 0, lastCol));
        if (mark != null) put(s, 1, lastCol, mark, right);
        put(s, 2, 0, "部门：", plain);
        put(s, 2, lastCol, "单位：万元", right);
        BlankKit.printA4(s, landscape);
        BlankKit.protect(s);
        return s;
    }

    public Cell put(Sheet s, int r, int c, String text, CellStyle style) {
        Cell cell = cell(s, r, c, style);
        if (text != null) cell.setCellValue(text);
        return cell;
    }

    public Cell num(Sheet s, int r, int c, double v, CellStyle style) {
        Cell cell = cell(s, r, c, style);
        cell.setCellValue(v);
        return cell;
    }

    public Cell formula(Sheet s, int r, int c, String f) {
        Cell cell = cell(s, r, c, formula);
        cell.setCellFormula(f);
        return cell;
    }

    public Cell cell(Sheet s, int r, int c, CellStyle style) {
        Cell cell = BlankKit.cell(s, r, c);
        if (style != null) cell.setCellStyle(style);
        return cell;
    }

    /** Header cell merged over a range, every cell of the range bordered. */
    public void merged(Sheet s, int r1, int r2, int c1, int c2, String text, CellStyle style) {
        for (int r = r1; r <= r2; r++) for (int c = c1; c <= c2; c++) cell(s, r, c, style);
        put(s, r1, c1, text, style);
        if (r1 != r2 || c1 != c2) s.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
    }

    /** Recomputes every formula (so the cached values are there), sets the template's custom properties, writes bytes. */
    public byte[] finish(String templateId, String version) {
        XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
        return BlankKit.finish(wb, templateId, version);
    }

    public static String col(int c) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(c);
    }

    /** 一, 二, … 二十六: the ordinals of the official line labels. */
    public static String ordinal(int n) {
        String[] d = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) return d[n];
        if (n == 10) return "十";
        if (n < 20) return "十" + d[n - 10];
        return d[n / 10] + "十" + d[n % 10];
    }
}
