package cn.shangwu.audit.consolidate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.*;

/** The committed jxls templates are what TemplateGenerator builds (rerun it after changing a layout) and carry jx commands. */
class TemplatesTest {
    @Test
    void committedTemplatesMatchTheGenerator() throws Exception {
        check(Templates.PERFORMANCE_FILE, TemplateGenerator::performance);
        check(Templates.FINAL_ACCOUNTS_FILE, TemplateGenerator::finalAccounts);
        check(Templates.FUND_EXECUTION_FILE, TemplateGenerator::fundExecution);
    }

    private static void check(String file, Supplier<XSSFWorkbook> generator) throws Exception {
        byte[] fresh;
        try (XSSFWorkbook wb = generator.get(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            fresh = out.toByteArray();
        }
        byte[] committed = Templates.load(file);
        assertEquals(Books.contents(fresh), Books.contents(committed), file + " is stale: run TemplateGenerator");
        try (XSSFWorkbook wb = Books.open(committed)) {
            for (String sheet : List.of(Templates.FINDINGS_SHEET, Templates.ABSENT_SHEET, Templates.USED_SHEET)) {
                var s = wb.getSheet(sheet);
                assertTrue(s.getRow(0).getCell(0).getCellComment().getString().getString().startsWith("jx:area"), sheet);
                assertTrue(s.getRow(3).getCell(0).getCellComment().getString().getString().startsWith("jx:each"), sheet);
            }
        }
    }
}
