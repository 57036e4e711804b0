package cn.shangwu.audit.consolidate;

import cn.shangwu.audit.template.BlankKit;
import org.apache.poi.ss.usermodel.*;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Builds the jxls templates of the consolidated workbooks (templates/consolidation/*.xlsx): layout, styles and the
 * jx:area / jx:each comments. Run it after changing a layout and commit the files it writes:
 * {@code mvn -q -pl server compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt &&
 * java -cp server/target/classes:$(cat /tmp/cp.txt) cn.shangwu.audit.consolidate.TemplateGenerator templates/consolidation}
 * (TemplatesTest fails when the committed files are stale).
 */
public final class TemplateGenerator {
    private TemplateGenerator() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "templates/consolidation");
        Files.createDirectories(dir);
        write(dir.resolve(Templates.PERFORMANCE_FILE), performance());
        write(dir.resolve(Templates.FINAL_ACCOUNTS_FILE), finalAccounts());
        write(dir.resolve(Templates.FUND_EXECUTION_FILE), fundExecution());
    }

    static XSSFWorkbook performance() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles st = new Styles(wb);
        Sheet s = wb.createSheet(Templates.PERFORMANCE_SHEET);
        table(s, st, "${title}", List.of("序号", "单位", "项目", "全年预算数", "全年执行数", "执行率", "自评总分", "复核总分", "等级",
                        "错误数", "提示数", "资金占比", "加权得分"),
                List.of("${r.seq}", "${r.unit}", "${r.project}", "${r.budget}", "${r.executed}", "${r.rate}", "${r.reported}",
                        "${r.verified}", "${r.grade}", "${r.errors}", "${r.warnings}", "${r.share}", "${r.weighted}"),
                List.of(st.text, st.text, st.text, st.money, st.money, st.pct, st.score, st.score, st.center, st.count, st.count, st.pct, st.score),
                "rows", "r", new int[]{6, 16, 36, 14, 14, 10, 10, 10, 6, 8, 8, 10, 10});
        // Totals row and the fund-weighted score: formulas are written after filling, when the row count is known.
        Row total = s.createRow(4);
        cell(total, 0, "合计", st.bold);
        for (int c = 1; c < 13; c++) cell(total, c, "", c == 5 || c == 11 ? st.pct : st.money);
        Row weighted = s.createRow(5);
        cell(weighted, 0, "资金加权综合得分（Σ 复核总分 × 资金占比）", st.bold);
        cell(weighted, 12, "", st.score);
        s.addMergedRegion(new CellRangeAddress(5, 5, 0, 11));
        area(s, "M6");

        Sheet r = wb.createSheet(Templates.RANKING_SHEET);
        table(r, st, "${title}（单位排名）", List.of("排名", "单位编码", "单位", "项目数", "全年预算数", "全年执行数", "执行率", "加权得分", "等级"),
                List.of("${u.rank}", "${u.code}", "${u.name}", "${u.projects}", "${u.budget}", "${u.executed}", "${u.rate}", "${u.score}", "${u.grade}"),
                List.of(st.center, st.text, st.text, st.count, st.money, st.money, st.pct, st.score, st.center),
                "ranking", "u", new int[]{6, 10, 16, 8, 14, 14, 10, 10, 6});
        area(r, "I4");
        common(wb, st);
        return wb;
    }

    static XSSFWorkbook finalAccounts() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles st = new Styles(wb);
        Sheet s = wb.createSheet(Templates.FINAL_ACCOUNTS_SHEET);
        table(s, st, "${title}", List.of("表", "表名", "汇总单位数", "缺表单位数", "缺表单位", "复核结果"),
                List.of("${t.sheet}", "${t.title}", "${t.units}", "${t.missingCount}", "${t.missing}", "${t.check}"),
                List.of(st.text, st.text, st.count, st.count, st.text, st.text),
                "tables", "t", new int[]{12, 36, 10, 10, 40, 40});
        area(s, "F4");
        common(wb, st);
        return wb;
    }

    static XSSFWorkbook fundExecution() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles st = new Styles(wb);
        Sheet s = wb.createSheet(Templates.FUND_EXECUTION_SHEET);
        table(s, st, "${title}", List.of("序号", "上报单位", "县市区/单位", "指标文号", "项目名称", "预算金额", "备注", "支付金额", "支付比率"),
                List.of("${r.seq}", "${r.unit}", "${r.region}", "${r.docNo}", "${r.project}", "${r.budget}", "${r.note}", "${r.paid}", "${r.rate}"),
                List.of(st.center, st.text, st.text, st.text, st.text, st.money, st.text, st.money, st.pct),
                "rows", "r", new int[]{8, 14, 18, 20, 30, 14, 24, 14, 10});
        Row total = s.createRow(4);
        cell(total, 0, "合计", st.bold);
        for (int c = 1; c < 9; c++) cell(total, c, "", c == 8 ? st.pct : st.money);
        area(s, "I5");
        common(wb, st);
        return wb;
    }

    /** 问题清单, 未上报及未通过, 采用版本: the same in every consolidated workbook. */
    private static void common(XSSFWorkbook wb, Styles st) {
        Sheet f = wb.createSheet(Templates.FINDINGS_SHEET);
        table(f, st, "${title}（问题清单）", List.of("序号", "单位编码", "单位", "表格", "项目", "版本", "工作表", "单元格", "规则",
                        "级别", "问题描述", "应为", "填报数（金额）", "是否采用"),
                List.of("${i + 1}", "${f.unitCode}", "${f.unitName}", "${f.form}", "${f.project}", "${f.version}", "${f.sheet}", "${f.cell}",
                        "${f.rule}", "${f.severity}", "${f.message}", "${f.expected}", "${f.actual}", "${f.used}"),
                List.of(st.center, st.text, st.text, st.text, st.text, st.count, st.text, st.text, st.text, st.text, st.wrap, st.money,
                        st.money, st.text),
                "findings", "f", new int[]{6, 10, 14, 20, 24, 6, 20, 8, 20, 12, 60, 12, 12, 12});
        f.getRow(3).getCell(0).getCellComment().setString(wb.getCreationHelper()
                .createRichTextString("jx:each(items=\"findings\" var=\"f\" varIndex=\"i\" lastCell=\"N4\")"));
        area(f, "N4");

        Sheet a = wb.createSheet(Templates.ABSENT_SHEET);
        table(a, st, "${title}（未上报及未通过单位）", List.of("单位编码", "单位", "层级", "项目", "情况", "最新版本", "提交编号"),
                List.of("${a.code}", "${a.name}", "${a.level}", "${a.project}", "${a.reason}", "${a.version}", "${a.id}"),
                List.of(st.text, st.text, st.text, st.text, st.text, st.count, st.count),
                "absent", "a", new int[]{10, 16, 8, 30, 30, 10, 10});
        area(a, "G4");

        Sheet u = wb.createSheet(Templates.USED_SHEET);
        table(u, st, "${title}（采用版本）", List.of("单位编码", "单位", "项目", "提交编号", "版本", "文件名", "上传时间", "原件 SHA-256"),
                List.of("${v.code}", "${v.name}", "${v.project}", "${v.id}", "${v.version}", "${v.filename}", "${v.uploaded}", "${v.sha256}"),
                List.of(st.text, st.text, st.text, st.count, st.count, st.text, st.text, st.text),
                "used", "v", new int[]{10, 16, 30, 10, 6, 30, 22, 66});
        area(u, "H4");
    }

    /** Title (row 1), subtitle (row 2), header (row 3), one template row (row 4) carrying the jx:each comment. */
    private static void table(Sheet s, Styles st, String title, List<String> headers, List<String> cells, List<CellStyle> styles,
                              String items, String var, int[] widths) {
        Row t = s.createRow(0);
        cell(t, 0, title, st.title);
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));
        Row sub = s.createRow(1);
        cell(sub, 0, "${subtitle}", st.text);
        s.addMergedRegion(new CellRangeAddress(1, 1, 0, headers.size() - 1));
        Row h = s.createRow(2);
        for (int c = 0; c < headers.size(); c++) cell(h, c, headers.get(c), st.header);
        Row r = s.createRow(3);
        for (int c = 0; c < cells.size(); c++) cell(r, c, cells.get(c), styles.get(c));
        comment(s, r.getCell(0), "jx:each(items=\"" + items + "\" var=\"" + var + "\" lastCell=\""
                + (char) ('A' + cells.size() - 1) + "4\")");
        for (int c = 0; c < widths.length; c++) s.setColumnWidth(c, widths[c] * 256 + 512);
        s.createFreezePane(0, 3);
    }

    private static void area(Sheet s, String lastCell) {
        comment(s, s.getRow(0).getCell(0), "jx:area(lastCell=\"" + lastCell + "\")");
    }

    private static void comment(Sheet s, Cell c, String text) {
        Drawing<?> d = s.createDrawingPatriarch();
        CreationHelper h = s.getWorkbook().getCreationHelper();
        ClientAnchor a = h.createClientAnchor();
        a.setCol1(c.getColumnIndex());
        a.setRow1(c.getRowIndex());
        a.setCol2(c.getColumnIndex() + 3);
        a.setRow2(c.getRowIndex() + 3);
        Comment cm = c.getCellComment() != null ? c.getCellComment() : d.createCellComment(a);
        cm.setString(h.createRichTextString(text));
        c.setCellComment(cm);
    }

    private static void cell(Row r, int c, String v, CellStyle st) {
        Cell cell = r.createCell(c);
        cell.setCellValue(v);
        cell.setCellStyle(st);
    }

    private static void write(Path p, XSSFWorkbook wb) throws IOException {
        fixDates(wb, new Date(0));
        try (OutputStream out = Files.newOutputStream(p)) {
            wb.write(out);
        }
        wb.close();
    }

    /** Same inputs → same bytes: the document dates come from the data, never from the clock. */
    static void fixDates(XSSFWorkbook wb, Date when) {
        var core = wb.getProperties().getCoreProperties();
        core.setCreated(Optional.of(when));
        core.setModified(Optional.of(when));
        core.setCreator("商务局审核服务");
    }

    static Date date(java.time.Instant i) {
        Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(i.toEpochMilli() / 1000 * 1000);
        return c.getTime();
    }

    /** The styles every template uses. */
    static final class Styles {
        final CellStyle title, header, text, wrap, center, money, pct, score, count, bold;

        Styles(Workbook wb) {
            DataFormat df = wb.createDataFormat();
            Font big = BlankKit.bold(wb, null, 14);
            Font b = BlankKit.bold(wb, null, 0);
            title = BlankKit.title(wb, big);
            header = bordered(wb);
            header.setFont(b);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered(wb);
            wrap = bordered(wb);
            wrap.setWrapText(true);
            center = bordered(wb);
            center.setAlignment(HorizontalAlignment.CENTER);
            money = bordered(wb);
            money.setDataFormat(df.getFormat("#,##0.00"));
            pct = bordered(wb);
            pct.setDataFormat(df.getFormat("0.00%"));
            score = bordered(wb);
            score.setDataFormat(df.getFormat("0.00"));
            count = bordered(wb);
            count.setDataFormat(df.getFormat("0"));
            bold = bordered(wb);
            bold.setFont(b);
        }

        private static CellStyle bordered(Workbook wb) {
            return BlankKit.bordered(wb);
        }
    }
}
