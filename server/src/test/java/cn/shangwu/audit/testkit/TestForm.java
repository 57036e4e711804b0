package cn.shangwu.audit.testkit;

import cn.shangwu.audit.annotate.Annotator;
import cn.shangwu.audit.read.Grid;
import cn.shangwu.audit.read.Upload;
import cn.shangwu.audit.template.CheckOptions;
import cn.shangwu.audit.template.Checked;
import cn.shangwu.audit.template.Form;
import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Report;
import cn.shangwu.audit.verify.Severity;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A tiny test-only form for workflow tests: one sheet titled 测试表 in A1; a cell that says 错误 is an ERROR at that cell,
 * one that says 提示 is a WARNING. Lets workflow tests make filings with and without errors independently of the real forms.
 */
public final class TestForm implements Form {
    public static final String ID = "test-form";
    public static final String SHEET = "测试表";

    @Override public String id() { return ID; }
    @Override public String name() { return "测试表"; }
    @Override public String version() { return "t1"; }

    @Override
    public int recognize(Upload upload) {
        return upload.grids().stream().anyMatch(g -> g.text(0, 0).contains("测试表")) ? 100 : 0;
    }

    @Override
    public Checked check(Upload upload, CheckOptions options) {
        List<Finding> findings = new ArrayList<>();
        for (Grid g : upload.grids()) {
            for (int r = 0; r < g.rows(); r++)
                for (int c = 0; c < g.cols(); c++) {
                    String t = g.text(r, c);
                    String cell = Annotator.a1(r, c);
                    if (t.equals("错误")) findings.add(Finding.of("T.error", Severity.ERROR, g.sheet().getSheetName(), cell, "此处填报有误（测试）"));
                    if (t.equals("提示")) findings.add(Finding.of("T.warning", Severity.WARNING, g.sheet().getSheetName(), cell, "此处需要说明（测试）"));
                }
        }
        Report report = new Report(ID, version(), null, findings, Map.of());
        return new Checked(report, Annotator.annotate(upload.workbook(), report), "xlsx", Map.of());
    }

    @Override
    public byte[] blank() {
        return workbook();
    }

    /** A 测试表 workbook; each given text goes into column B of rows 2, 3, … (e.g. "错误", "提示", "100"). */
    public static byte[] workbook(String... cells) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet s = wb.createSheet(SHEET);
            s.createRow(0).createCell(0).setCellValue("测试表");
            for (int i = 0; i < cells.length; i++) {
                var row = s.createRow(i + 1);
                row.createCell(0).setCellValue("项目" + (i + 1));
                row.createCell(1).setCellValue(cells[i]);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
