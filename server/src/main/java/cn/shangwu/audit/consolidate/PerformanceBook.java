package cn.shangwu.audit.consolidate;

import org.apache.poi.ss.usermodel.*;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.*;
import org.apache.poi.xssf.usermodel.*;

import java.util.List;
import java.util.Map;

/** Finishes the filled 绩效汇总 workbook: subtotal, total and weighted-score formulas, and the two native charts. */
final class PerformanceBook {
    static final int FIRST = 3; // 0-based row of the first data line (title, subtitle, header above)

    private PerformanceBook() {}

    static void finish(XSSFWorkbook wb, Performance p) {
        XSSFSheet s = wb.getSheet(Templates.PERFORMANCE_SHEET);
        List<Rows.Performance> rows = p.rows();
        int n = rows.size();
        int total = FIRST + n; // 0-based row of 合计
        int T = total + 1;     // its Excel row number
        if (n > 0) {
            String last = String.valueOf(FIRST + n);
            int start = FIRST;
            for (int i = 0; i < n; i++) {
                Rows.Performance r = rows.get(i);
                int R = FIRST + i + 1;
                Row row = s.getRow(FIRST + i);
                if (!r.subtotal()) {
                    formula(row, 5, "IF(OR(D" + R + "=\"\",D" + R + "=0),\"\",E" + R + "/D" + R + ")");
                    formula(row, 11, "IF(OR($D$" + T + "=0,D" + R + "=\"\"),\"\",D" + R + "/$D$" + T + ")");
                    formula(row, 12, "IF(OR(H" + R + "=\"\",L" + R + "=\"\"),\"\",H" + R + "*L" + R + ")");
                } else {
                    String a = String.valueOf(start + 1), b = String.valueOf(R - 1);
                    for (int c : new int[]{3, 4, 9, 10, 11, 12}) {
                        String col = col(c);
                        formula(row, c, "SUM(" + col + a + ":" + col + b + ")");
                    }
                    formula(row, 5, "IF(OR(D" + R + "=\"\",D" + R + "=0),\"\",E" + R + "/D" + R + ")");
                    formula(row, 7, "IF(OR(D" + R + "=\"\",D" + R + "=0),\"\",ROUND(SUMPRODUCT(H" + a + ":H" + b + ",D" + a + ":D" + b + ")/D" + R + ",2))");
                    formula(row, 8, grade("H" + R));
                    start = FIRST + i + 1;
                }
            }
            Row t = s.getRow(total);
            for (int c : new int[]{3, 4, 9, 10, 11, 12}) {
                String col = col(c);
                formula(t, c, "SUMIF($C$" + (FIRST + 1) + ":$C$" + last + ",\"<>小计\"," + col + (FIRST + 1) + ":" + col + last + ")");
            }
            formula(t, 5, "IF(OR(D" + T + "=\"\",D" + T + "=0),\"\",E" + T + "/D" + T + ")");
            formula(t, 7, "ROUND(M" + T + ",2)");
            formula(t, 8, grade("H" + T));
            formula(s.getRow(total + 1), 12, "ROUND(M" + T + ",2)");
        }
        charts(wb, p, n); // evaluates every formula once, before the charts cache their values (so jxls need not again)
        wb.setForceFormulaRecalculation(true);
    }

    /** 图表: the grade distribution (COUNTIFS over 绩效汇总) and execution rates by unit (from 单位排名), as native bar charts. */
    private static void charts(XSSFWorkbook wb, Performance p, int n) {
        XSSFSheet c = wb.createSheet(Templates.CHART_SHEET);
        wb.setSheetOrder(Templates.CHART_SHEET, 2);
        Row h = c.createRow(0);
        h.createCell(0).setCellValue("等级");
        h.createCell(1).setCellValue("项目数");
        int i = 1;
        for (Map.Entry<String, Integer> g : p.grades().entrySet()) {
            Row r = c.createRow(i++);
            r.createCell(0).setCellValue(g.getKey());
            Cell v = r.createCell(1);
            if (n > 0) v.setCellFormula("COUNTIFS(" + Templates.PERFORMANCE_SHEET + "!$I$" + (FIRST + 1) + ":$I$" + (FIRST + n) + ",\""
                    + g.getKey() + "\"," + Templates.PERFORMANCE_SHEET + "!$C$" + (FIRST + 1) + ":$C$" + (FIRST + n) + ",\"<>小计\")");
            else v.setCellValue(0);
        }
        c.setColumnWidth(0, 10 * 256);
        XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
        int grades = p.grades().size();
        bar(c, "各等级项目数", new CellRangeAddress(1, grades, 0, 0), new CellRangeAddress(1, grades, 1, 1), c, 3, 0, 12, 18, "项目数");

        XSSFSheet rank = wb.getSheet(Templates.RANKING_SHEET);
        int units = p.ranking().size();
        if (units > 0)
            bar(rank, "各单位预算执行率", new CellRangeAddress(FIRST, FIRST + units - 1, 2, 2),
                    new CellRangeAddress(FIRST, FIRST + units - 1, 6, 6), c, 3, 20, 16 + Math.min(units, 40) / 2, 40, "执行率");
    }

    private static void bar(XSSFSheet data, String title, CellRangeAddress cats, CellRangeAddress vals, XSSFSheet on,
                            int col1, int row1, int col2, int row2, String series) {
        XSSFDrawing d = on.createDrawingPatriarch();
        XSSFClientAnchor a = d.createAnchor(0, 0, 0, 0, col1, row1, col2, row2);
        XSSFChart chart = d.createChart(a);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFDataSource<String> cat = XDDFDataSourcesFactory.fromStringCellRange(data, cats);
        XDDFNumericalDataSource<Double> val = XDDFDataSourcesFactory.fromNumericCellRange(data, vals);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        XDDFChartData.Series s = bars.addSeries(cat, val);
        s.setTitle(series, null);
        chart.plot(bars);
    }

    private static String grade(String ref) {
        return "IF(" + ref + "=\"\",\"\",IF(" + ref + ">=90,\"优\",IF(" + ref + ">=80,\"良\",IF(" + ref + ">=60,\"中\",\"差\"))))";
    }

    private static void formula(Row row, int c, String f) {
        Cell cell = row.getCell(c);
        if (cell == null) cell = row.createCell(c);
        cell.setCellFormula(f);
    }

    static String col(int c) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(c);
    }
}
