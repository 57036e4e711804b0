package cn.shangwu.audit.form.fundexec;

import cn.shangwu.audit.template.BlankKit;
import org.apache.poi.ss.usermodel.*;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The blank 专项资金预算执行明细表: the official column order, A4 landscape, inputs unlocked, 支付比率 and 合计 as
 * formulas, custom properties TemplateId/TemplateVersion. {@code main} writes templates/fund-execution/blank.xlsx.
 */
final class FundBlank {
    static final String SHEET = "专项资金预算执行明细表";
    static final String[] HEADER = {"序号", "县市区/单位", "指标文号", "项目名称", "预算金额", "备注", "支付金额", "支付比率"};
    static final int INPUT_ROWS = 30;
    /** Zero-based row of the header. */
    static final int HEADER_ROW = 3;

    private FundBlank() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "templates/fund-execution/blank.xlsx");
        Files.write(out, create(FundRules.load().version()));
        System.out.println("wrote " + out.toAbsolutePath());
    }

    static byte[] create(String version) {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet s = wb.createSheet(SHEET);
        Styles st = new Styles(wb);
        int[] widths = {6, 20, 22, 30, 14, 30, 14, 11};
        for (int i = 0; i < widths.length; i++) s.setColumnWidth(i, widths[i] * 256);

        text(s, 0, 0, FundExecutionForm.NAME, st.title);
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
        s.getRow(0).setHeightInPoints(28);
        text(s, 1, 0, "（截至    年  月  日）", st.center);
        s.addMergedRegion(new CellRangeAddress(1, 1, 0, 7));
        text(s, 2, 0, "填报单位（盖章）：", st.plain);
        s.addMergedRegion(new CellRangeAddress(2, 2, 0, 3));
        text(s, 2, 7, "金额单位：万元", st.right);
        for (int c = 0; c < HEADER.length; c++) text(s, HEADER_ROW, c, HEADER[c], st.header);

        int first = HEADER_ROW + 1, last = HEADER_ROW + INPUT_ROWS;
        for (int r = first; r <= last; r++) {
            Row row = s.createRow(r);
            for (int c = 0; c < 8; c++) {
                Cell cell = row.createCell(c);
                cell.setCellStyle(c == 4 || c == 6 ? st.amountInput : c == 7 ? st.rate : st.input);
            }
            int excel = r + 1;
            row.getCell(7).setCellFormula("IF(ISNUMBER(E" + excel + "),IF(E" + excel + ">0,G" + excel + "/E" + excel + ",\"\"),\"\")");
        }
        Row total = s.createRow(last + 1);
        int tr = last + 2;
        for (int c = 0; c < 8; c++) total.createCell(c).setCellStyle(c == 4 || c == 6 ? st.amountTotal : c == 7 ? st.rateTotal : st.totalLabel);
        total.getCell(0).setCellValue("合计");
        s.addMergedRegion(new CellRangeAddress(last + 1, last + 1, 0, 3));
        total.getCell(4).setCellFormula("SUM(E" + (first + 1) + ":E" + (last + 1) + ")");
        total.getCell(6).setCellFormula("SUM(G" + (first + 1) + ":G" + (last + 1) + ")");
        total.getCell(7).setCellFormula("IF(E" + tr + ">0,G" + tr + "/E" + tr + ",\"\")");

        text(s, last + 3, 0, "填表人：", st.plain);
        text(s, last + 3, 3, "联系电话：", st.plain);
        text(s, last + 3, 5, "填报日期：", st.plain);
        text(s, last + 4, 0, "说明：支付比率＝支付金额÷预算金额；支付金额超过预算金额的，请在备注中说明原因。行数不够可插入行，合计公式随之扩展。", st.plain);
        s.addMergedRegion(new CellRangeAddress(last + 4, last + 4, 0, 7));

        DataValidationHelper dv = s.getDataValidationHelper();
        DataValidation amounts = dv.createValidation(dv.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null),
                new CellRangeAddressList(first, last, 4, 4));
        amounts.createErrorBox("金额有误", "请填写不小于 0 的数值（万元）");
        amounts.setShowErrorBox(true);
        s.addValidationData(amounts);
        DataValidation paid = dv.createValidation(dv.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null),
                new CellRangeAddressList(first, last, 6, 6));
        paid.createErrorBox("金额有误", "请填写不小于 0 的数值（万元）");
        paid.setShowErrorBox(true);
        s.addValidationData(paid);

        s.createFreezePane(0, HEADER_ROW + 1);
        BlankKit.printA4(s, true);
        s.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        BlankKit.protect(s);
        s.lockSelectLockedCells(false);
        s.lockSelectUnlockedCells(false);
        wb.getProperties().getCoreProperties().setTitle(FundExecutionForm.NAME);
        return BlankKit.finish(wb, FundExecutionForm.ID, version);
    }

    private static void text(Sheet s, int r, int c, String v, CellStyle style) {
        Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
        Cell cell = row.createCell(c);
        cell.setCellValue(v);
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle title, center, plain, right, header, input, amountInput, rate, totalLabel, amountTotal, rateTotal;

        Styles(Workbook wb) {
            Font big = BlankKit.bold(wb, "宋体", 16);
            Font bold = BlankKit.bold(wb, "宋体", 0);
            DataFormat df = wb.createDataFormat();
            title = BlankKit.title(wb, big);
            center = wb.createCellStyle();
            center.setAlignment(HorizontalAlignment.CENTER);
            plain = wb.createCellStyle();
            right = wb.createCellStyle();
            right.setAlignment(HorizontalAlignment.RIGHT);
            header = boxed(wb);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            input = boxed(wb);
            input.setLocked(false);
            input.setWrapText(true);
            amountInput = boxed(wb);
            amountInput.setLocked(false);
            amountInput.setDataFormat(df.getFormat("#,##0.00"));
            rate = boxed(wb);
            rate.setDataFormat(df.getFormat("0.00%"));
            totalLabel = boxed(wb);
            totalLabel.setFont(bold);
            totalLabel.setAlignment(HorizontalAlignment.CENTER);
            amountTotal = boxed(wb);
            amountTotal.setFont(bold);
            amountTotal.setDataFormat(df.getFormat("#,##0.00"));
            rateTotal = boxed(wb);
            rateTotal.setFont(bold);
            rateTotal.setDataFormat(df.getFormat("0.00%"));
        }

        private static CellStyle boxed(Workbook wb) {
            return BlankKit.boxed(wb);
        }
    }
}
