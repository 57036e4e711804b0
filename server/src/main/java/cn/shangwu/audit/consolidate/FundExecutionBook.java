package cn.shangwu.audit.consolidate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.List;

/** Finishes 专项资金执行汇总: 支付比率 per row, 小计 per unit and the 合计 as formulas. */
final class FundExecutionBook {
    private static final int FIRST = 3;

    private FundExecutionBook() {}

    static void finish(XSSFWorkbook wb, FundExecution fe) {
        XSSFSheet s = wb.getSheet(Templates.FUND_EXECUTION_SHEET);
        List<Rows.Fund> rows = fe.rows();
        int n = rows.size();
        int T = FIRST + n + 1;
        int start = FIRST + 1;
        for (int i = 0; i < n; i++) {
            int R = FIRST + i + 1;
            Row row = s.getRow(FIRST + i);
            if (rows.get(i).subtotal()) {
                formula(row, 5, "SUM(F" + start + ":F" + (R - 1) + ")");
                formula(row, 7, "SUM(H" + start + ":H" + (R - 1) + ")");
                start = R + 1;
            }
            formula(row, 8, "IF(OR(F" + R + "=\"\",F" + R + "=0),\"\",H" + R + "/F" + R + ")");
        }
        Row t = s.getRow(FIRST + n);
        if (n > 0) {
            String a = String.valueOf(FIRST + 1), b = String.valueOf(FIRST + n);
            formula(t, 5, "SUMIF($A$" + a + ":$A$" + b + ",\"小计\",F" + a + ":F" + b + ")");
            formula(t, 7, "SUMIF($A$" + a + ":$A$" + b + ",\"小计\",H" + a + ":H" + b + ")");
            formula(t, 8, "IF(OR(F" + T + "=\"\",F" + T + "=0),\"\",H" + T + "/F" + T + ")");
        }
        if (!fe.unreadable().isEmpty()) {
            Row note = s.createRow(FIRST + n + 2);
            note.createCell(0).setCellValue("以下单位的明细表无法读取，未计入汇总：" + String.join("；", fe.unreadable()));
        }
        XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
        wb.setForceFormulaRecalculation(true);
    }

    private static void formula(Row row, int c, String f) {
        Cell cell = row.getCell(c);
        if (cell == null) cell = row.createCell(c);
        cell.setCellFormula(f);
    }
}
