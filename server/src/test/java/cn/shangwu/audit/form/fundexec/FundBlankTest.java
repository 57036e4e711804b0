package cn.shangwu.audit.form.fundexec;

import cn.shangwu.audit.read.Upload;
import cn.shangwu.audit.template.CheckOptions;
import cn.shangwu.audit.template.Checked;
import cn.shangwu.audit.template.Forms;
import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Severity;
import org.apache.poi.ss.usermodel.*;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The committed blank: layout, formulas, protection, properties; filled with seed rows it verifies clean. */
class FundBlankTest {
    private final byte[] blank = Forms.standard().byId(FundExecutionForm.ID).orElseThrow().blank();

    @Test
    void blankHasTheOfficialLayoutFormulasAndProperties() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(blank))) {
            var cp = wb.getProperties().getCustomProperties();
            assertEquals(FundExecutionForm.ID, cp.getProperty("TemplateId").getLpwstr());
            assertNotNull(cp.getProperty("TemplateVersion"));
            XSSFSheet s = wb.getSheetAt(0);
            Row h = s.getRow(FundBlank.HEADER_ROW);
            for (int c = 0; c < 8; c++) assertEquals(FundBlank.HEADER[c], h.getCell(c).getStringCellValue());
            assertTrue(s.getPrintSetup().getLandscape());
            assertEquals(PrintSetup.A4_PAPERSIZE, s.getPrintSetup().getPaperSize());
            assertTrue(s.getProtect());
            Row first = s.getRow(FundBlank.HEADER_ROW + 1);
            assertFalse(first.getCell(4).getCellStyle().getLocked(), "预算金额 is an input");
            assertFalse(first.getCell(6).getCellStyle().getLocked(), "支付金额 is an input");
            assertTrue(first.getCell(7).getCellStyle().getLocked(), "支付比率 is computed");
            assertEquals(CellType.FORMULA, first.getCell(7).getCellType());
            Row total = s.getRow(FundBlank.HEADER_ROW + FundBlank.INPUT_ROWS + 1);
            assertEquals("合计", total.getCell(0).getStringCellValue());
            assertTrue(total.getCell(4).getCellFormula().startsWith("SUM("));
            assertTrue(total.getCell(6).getCellFormula().startsWith("SUM("));
            assertEquals(CellType.FORMULA, total.getCell(7).getCellType());
        }
        assertTrue(blank.length < 50_000);
    }

    @Test
    void committedBlankIsWhatTheGeneratorWrites() throws IOException {
        Path committed = Path.of("..", "templates", "fund-execution", "blank.xlsx");
        if (!Files.exists(committed)) committed = Path.of("templates", "fund-execution", "blank.xlsx");
        try (XSSFWorkbook a = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(committed)));
             XSSFWorkbook b = new XSSFWorkbook(new ByteArrayInputStream(FundBlank.create(FundRules.load().version())))) {
            DataFormatter f = new DataFormatter();
            Sheet x = a.getSheetAt(0), y = b.getSheetAt(0);
            assertEquals(x.getLastRowNum(), y.getLastRowNum());
            for (Row r : y) for (Cell c : r) {
                Cell o = x.getRow(r.getRowNum()).getCell(c.getColumnIndex());
                String want = c.getCellType() == CellType.FORMULA ? c.getCellFormula() : f.formatCellValue(c);
                String got = o.getCellType() == CellType.FORMULA ? o.getCellFormula() : f.formatCellValue(o);
                assertEquals(want, got, "regenerate with FundBlank.main: " + c.getAddress());
            }
        }
    }

    @Test
    void theBlankFilledWithSeedRowsVerifiesClean() throws IOException {
        List<SeedF5.Line> rows = SeedF5.ROWS.subList(0, FundBlank.INPUT_ROWS);
        byte[] filled;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(blank)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.getSheetAt(0);
            for (int i = 0; i < rows.size(); i++) {
                SeedF5.Line l = rows.get(i);
                Row r = s.getRow(FundBlank.HEADER_ROW + 1 + i);
                r.getCell(0).setCellValue(i + 1);
                r.getCell(1).setCellValue(l.unit());
                r.getCell(2).setCellValue(l.docNo());
                r.getCell(3).setCellValue(l.project());
                r.getCell(4).setCellValue(l.budgetValue().doubleValue());
                r.getCell(5).setCellValue(l.note());
                if (!l.paid().isEmpty()) r.getCell(6).setCellValue(l.paidValue().doubleValue());
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
            filled = out.toByteArray();
        }
        Upload u = new Upload("填报.xlsx", filled);
        assertEquals(FundExecutionForm.ID, Forms.standard().recognize(u).id());
        Checked c = Forms.standard().check(u, CheckOptions.DEFAULT);
        List<Finding> bad = c.report().findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
        assertEquals(List.of(), bad);
        assertEquals(rows.size(), c.report().meta().get("rows"));
        BigDecimal budget = rows.stream().map(SeedF5.Line::budgetValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, budget.compareTo(c.facts().get("F5.合计.预算金额").value()));
        assertEquals(rows.size(), c.report().meta().get("ratesChecked"));
    }

    @Test
    void theEmptyBlankSaysThereAreNoRows() {
        Checked c = Forms.standard().check(new Upload("空表.xlsx", blank), CheckOptions.DEFAULT);
        assertTrue(c.report().findings().stream().anyMatch(f -> f.rule().equals("F5.no-rows")), c.report().findings().toString());
    }
}
