package cn.shangwu.audit.form.finalaccounts;

import cn.shangwu.audit.read.Upload;
import cn.shangwu.audit.template.CheckOptions;
import cn.shangwu.audit.template.Checked;
import cn.shangwu.audit.template.Forms;
import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Severity;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** Our blank: official layout, our TemplateId, formulas for totals; filled with 001's numbers it checks clean. */
class FinalAccountsBlankTest {
    private final FinalAccountsForm form = new FinalAccountsForm();

    private static String dump(Checked c) {
        return c.report().findings().stream().filter(f -> f.severity() != Severity.INFO)
                .map(f -> f.severity() + " " + f.rule() + " " + f.sheet() + "!" + f.cell() + " " + f.message()).collect(Collectors.joining("\n"));
    }

    @Test
    void blankCarriesItsIdNineSheetsAndUnlockedInputs() throws Exception {
        byte[] blank = form.blank();
        Upload u = new Upload("blank.xlsx", blank);
        assertEquals("final-accounts", u.templateId());
        assertEquals("final-accounts", Forms.standard().recognize(u).id());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(blank))) {
            for (int i = 1; i <= 9; i++) {
                Sheet s = wb.getSheet("公开0" + i + "表");
                assertNotNull(s);
                assertTrue(s.getProtect(), "sheet protected: " + s.getSheetName());
                assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, s.getPrintSetup().getPaperSize());
            }
            Cell total = wb.getSheet("公开03表").getRow(6).getCell(2);
            assertEquals(org.apache.poi.ss.usermodel.CellType.FORMULA, total.getCellType());
            assertFalse(wb.getSheet("公开03表").getRow(7).getCell(3).getCellStyle().getLocked(), "input cell unlocked");
            assertTrue(total.getCellStyle().getLocked(), "formula locked");
        }
        Checked c = form.check(u, CheckOptions.DEFAULT);
        assertEquals(0, c.report().count(Severity.ERROR), dump(c));
        assertTrue(blank.length < 100_000, "blank is small: " + blank.length);
    }

    @Test
    void blankFilledWith001ChecksCleanAndItsFormulasAgreeWithTheSeed() {
        XSSFWorkbook wb = BlankFiller.fill(SeedBook.finalAccounts("001"));
        Checked c = form.check(new Upload("决算.xlsx", BlankFiller.bytes(wb)), CheckOptions.DEFAULT);
        List<Finding> bad = c.report().findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertEquals(List.of(), bad, dump(c));
        assertEquals(0, new BigDecimal("3372.72").compareTo(c.facts().get("01.本年支出合计").value()));
        assertEquals(0, new BigDecimal("886.45").compareTo(c.facts().get("06.公用经费合计").value()));
        assertEquals(0, new BigDecimal("46.05").compareTo(c.facts().get("07.决算.合计").value()));
    }

    @Test
    void aFormulaTypedOverWithAConstantIsReportedAtItsCell() {
        XSSFWorkbook wb = BlankFiller.fill(SeedBook.finalAccounts("001"));
        Sheet s = wb.getSheet("公开01表");
        Row row = null;
        for (Row r : s) if (r.getCell(3) != null && r.getCell(3).toString().equals("本年支出合计")) row = r;
        Cell cell = row.getCell(5);
        cell.removeFormula();
        cell.setCellValue(3000);
        String ref = cell.getAddress().formatAsString();
        Checked c = form.check(new Upload("决算.xlsx", BlankFiller.bytes(wb)), CheckOptions.DEFAULT);
        assertTrue(c.report().findings().stream().anyMatch(f -> f.rule().equals("F4.formula-overwritten") && ref.equals(f.cell())
                && f.severity() == Severity.WARNING), dump(c));
        assertTrue(c.report().findings().stream().anyMatch(f -> f.rule().equals("F4.01.expense-total") && ref.equals(f.cell())
                && f.severity() == Severity.ERROR), dump(c));
    }
}
