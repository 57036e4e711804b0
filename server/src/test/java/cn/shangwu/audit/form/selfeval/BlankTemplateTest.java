package cn.shangwu.audit.form.selfeval;

import cn.shangwu.audit.read.Upload;
import org.apache.poi.ss.usermodel.*;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The committed blanks in templates/<id>/blank.xlsx are what the code generates (cell contents, formulas, merges,
 * properties — not bytes), carry the template id, print A4 landscape and protect labels only.
 * Regenerate with: mvn -B -q -Pbench -pl server test-compile exec:java
 *   -Dbench.main=cn.shangwu.audit.form.selfeval.BlankTemplateTest
 */
public class BlankTemplateTest {
    static final Path TEMPLATES = Path.of(System.getProperty("user.dir")).resolve("../templates").normalize();

    public static void main(String[] args) throws IOException {
        for (SelfEvalForm f : List.of(SelfEvalForm.project(), SelfEvalForm.dept())) {
            Files.write(TEMPLATES.resolve(f.id()).resolve("blank.xlsx"), f.blank());
            System.out.println("wrote " + f.id());
        }
    }

    @Test
    void committedBlanksMatchTheGenerator() throws IOException {
        for (SelfEvalForm f : List.of(SelfEvalForm.project(), SelfEvalForm.dept())) {
            Path p = TEMPLATES.resolve(f.id()).resolve("blank.xlsx");
            assertTrue(Files.exists(p), "missing " + p + " — run BlankTemplateTest.main");
            assertEquals(content(f.blank()), content(Files.readAllBytes(p)),
                    f.id() + ": the committed blank drifted from BlankWriter — regenerate it with BlankTemplateTest.main");
        }
    }

    @Test
    void blankCarriesIdFormulasPrintSetupAndProtection() {
        SelfEvalForm f = SelfEvalForm.project();
        Upload u = new Upload("blank.xlsx", f.blank());
        assertEquals("project-self-eval", u.templateId());
        assertEquals(SelfEvalForm.VERSION, u.templateVersion());
        XSSFSheet s = (XSSFSheet) u.workbook().getSheetAt(0);
        assertEquals("项目支出绩效自评表", s.getSheetName());
        assertTrue(s.getPrintSetup().getLandscape());
        assertEquals(PrintSetup.A4_PAPERSIZE, s.getPrintSetup().getPaperSize());
        assertTrue(s.getProtect(), "sheet protected");
        assertFalse(s.isInsertRowsLocked(), "rows may be inserted");
        assertFalse(s.isDeleteRowsLocked(), "rows may be deleted");
        assertEquals(CellType.FORMULA, s.getRow(8).getCell(6).getCellType(), "执行率 G9");
        assertEquals(CellType.FORMULA, s.getRow(8).getCell(7).getCellType(), "执行率得分 H9");
        assertEquals(CellType.FORMULA, s.getRow(32).getCell(7).getCellType(), "总分 H33");
        assertEquals(CellType.FORMULA, s.getRow(33).getCell(7).getCellType(), "等级 H34");
        assertTrue(s.getRow(11).getCell(1).getCellStyle().getLocked(), "label 一级指标 locked");
        assertFalse(s.getRow(12).getCell(7).getCellStyle().getLocked(), "得分 input unlocked");
        assertFalse(s.getRow(8).getCell(4).getCellStyle().getLocked(), "全年执行数 input unlocked");
        assertEquals("一级指标", s.getRow(11).getCell(1).getStringCellValue());
        // the blank itself is recognised as its own form and reads without findings above INFO
        assertEquals(f, cn.shangwu.audit.template.Forms.standard().recognize(u).getClass() == SelfEvalForm.class
                ? f : null, "recognised");
    }

    @Test
    void deptBlankIsRecognisedAsF2() {
        Upload u = new Upload("dept.xlsx", SelfEvalForm.dept().blank());
        assertEquals("dept-self-eval", cn.shangwu.audit.template.Forms.standard().recognize(u).id());
        u.workbook().setSheetHidden(0, false);
        // also by labels, without the template id
        assertTrue(SelfEvalForm.dept().recognize(u) > SelfEvalForm.project().recognize(u));
    }

    /** Cell contents, formulas, merges and custom properties, as text for a readable diff. */
    static String content(byte[] bytes) throws IOException {
        try (Workbook wb = WorkbookFactory.create(new java.io.ByteArrayInputStream(bytes))) {
            StringBuilder b = new StringBuilder();
            if (wb instanceof XSSFWorkbook x)
                x.getProperties().getCustomProperties().getUnderlyingProperties().getPropertyList()
                        .forEach(p -> b.append("prop ").append(p.getName()).append('=').append(p.getLpwstr()).append('\n'));
            for (Sheet s : wb) {
                b.append("sheet ").append(s.getSheetName()).append('\n');
                List<String> merges = new ArrayList<>();
                s.getMergedRegions().forEach(m -> merges.add(m.formatAsString()));
                merges.sort(String::compareTo);
                b.append("merges ").append(merges).append('\n');
                for (Row r : s)
                    for (Cell c : r) {
                        String v = switch (c.getCellType()) {
                            case FORMULA -> "=" + c.getCellFormula();
                            case NUMERIC -> String.valueOf(c.getNumericCellValue());
                            case STRING -> c.getStringCellValue();
                            default -> null;
                        };
                        if (v != null) b.append(c.getAddress()).append(' ').append(v)
                                .append(c.getCellStyle().getLocked() ? "" : " [input]").append('\n');
                    }
            }
            return b.toString();
        }
    }
}
