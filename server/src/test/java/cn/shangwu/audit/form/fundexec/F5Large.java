package cn.shangwu.audit.form.fundexec;

import org.apache.poi.ss.usermodel.*;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Large F5 workbooks for the hostile-input test and the benchmark: seed 003 rows repeated, with a correct 合计. */
public final class F5Large {
    private F5Large() {}

    /** A large file through SXSSF (bounded memory), rows cycling through the seed with distinct units. */
    public static void write(int n, OutputStream out) throws IOException {
        write(n, out, 0);
    }

    /** With {@code faultEvery} > 0, every such row's 支付比率 is one percentage point off (a finding to annotate). */
    public static void write(int n, OutputStream out, int faultEvery) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            Sheet s = wb.createSheet("明细");
            DataFormat df = wb.createDataFormat();
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(df.getFormat("#,##0.00"));
            CellStyle pct = wb.createCellStyle();
            pct.setDataFormat(df.getFormat("0.00%"));
            s.createRow(0).createCell(0).setCellValue("专项资金预算执行明细表");
            Row h = s.createRow(1);
            for (int c = 0; c < F5Book.OFFICIAL.size(); c++) h.createCell(c).setCellValue(F5Book.OFFICIAL.get(c));
            BigDecimal budget = BigDecimal.ZERO, paid = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                SeedF5.Line l = SeedF5.ROWS.get(i % SeedF5.ROWS.size());
                Row r = s.createRow(2 + i);
                r.createCell(0).setCellValue(i + 1);
                r.createCell(1).setCellValue(l.unit() + (i / SeedF5.ROWS.size()));
                r.createCell(2).setCellValue(l.docNo());
                r.createCell(3).setCellValue(l.project());
                Cell b = r.createCell(4);
                b.setCellValue(l.budgetValue().doubleValue());
                b.setCellStyle(money);
                r.createCell(5).setCellValue(l.note());
                Cell p = r.createCell(6);
                p.setCellValue(l.paidValue().doubleValue());
                p.setCellStyle(money);
                Cell rt = r.createCell(7);
                boolean fault = faultEvery > 0 && (i + 1) % faultEvery == 0;
                rt.setCellValue(l.rateValue().add(fault ? new BigDecimal("0.01") : BigDecimal.ZERO).doubleValue());
                rt.setCellStyle(pct);
                budget = budget.add(l.budgetValue());
                paid = paid.add(l.paidValue());
            }
            Row t = s.createRow(2 + n);
            t.createCell(0).setCellValue("合计");
            t.createCell(4).setCellValue(budget.doubleValue());
            t.createCell(6).setCellValue(paid.doubleValue());
            Cell rt = t.createCell(7);
            rt.setCellValue(paid.divide(budget, 6, RoundingMode.HALF_UP).doubleValue());
            rt.setCellStyle(pct);
            wb.write(out);
            wb.dispose();
        }
    }

}
