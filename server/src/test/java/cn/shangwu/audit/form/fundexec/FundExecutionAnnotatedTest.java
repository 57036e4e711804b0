package cn.shangwu.audit.form.fundexec;

import cn.shangwu.audit.annotate.Annotator;
import cn.shangwu.audit.read.Upload;
import cn.shangwu.audit.template.CheckOptions;
import cn.shangwu.audit.template.Checked;
import cn.shangwu.audit.template.Forms;
import org.apache.poi.ss.usermodel.*;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The streamed annotated copy: values kept, deviations filled and commented, a 审核结果 sheet with links. */
class FundExecutionAnnotatedTest {
    private static final DataFormatter FMT = new DataFormatter();

    static F5Book faulty() {
        F5Book b = new F5Book();
        FundExecutionFormTest.mutate(b, "41", l -> l.withRate("69.92%"));
        FundExecutionFormTest.mutate(b, "3", l -> l.withPaid("2,850.00").withRate("103.64%"));
        b.total = b.total.withPaid("52,098.05").withRate("59.35%");
        return b;
    }

    static Cell cell(Workbook wb, String sheet, String a1) {
        CellReference r = new CellReference(a1);
        Row row = wb.getSheet(sheet).getRow(r.getRow());
        return row == null ? null : row.getCell(r.getCol());
    }

    static String rgb(Cell c) {
        XSSFCellStyle s = (XSSFCellStyle) c.getCellStyle();
        if (s.getFillPattern() != FillPatternType.SOLID_FOREGROUND || s.getFillForegroundXSSFColor() == null) return null;
        return s.getFillForegroundXSSFColor().getARGBHex();
    }

    @Test
    void marksEachDeviationAtItsCellAndKeepsEveryValue() throws IOException {
        F5Book b = faulty();
        byte[] original = b.build();
        Checked c = Forms.standard().check(new Upload("附件2.xlsx", original), CheckOptions.DEFAULT);
        try (XSSFWorkbook in = new XSSFWorkbook(new ByteArrayInputStream(original));
             XSSFWorkbook out = new XSSFWorkbook(new ByteArrayInputStream(c.annotated()))) {
            Cell rate = cell(out, "附件2", b.cell("支付比率", "41"));
            assertEquals("FFFFC7CE", rgb(rate), "ERROR is red");
            assertTrue(rate.getCellComment().getString().getString().contains("F5.rate"));
            assertEquals("0.00%", rate.getCellStyle().getDataFormatString(), "the number format survives the fill");
            Cell paid = cell(out, "附件2", b.cell("支付金额", "3"));
            assertEquals("FFFFEB9C", rgb(paid), "WARNING is amber");
            assertTrue(paid.getCellComment().getString().getString().contains("备注未说明原因"));
            assertNull(rgb(cell(out, "附件2", b.cell("支付比率", "40"))), "clean cells stay as they were");

            // Every value of the filed sheet is unchanged.
            Sheet a = in.getSheet("附件2"), z = out.getSheet("附件2");
            assertEquals(a.getLastRowNum(), z.getLastRowNum());
            for (Row r : a)
                for (Cell x : r)
                    assertEquals(FMT.formatCellValue(x), FMT.formatCellValue(z.getRow(r.getRowNum()).getCell(x.getColumnIndex())), x.getAddress().toString());
            assertEquals(a.getNumMergedRegions(), z.getNumMergedRegions());

            Sheet result = out.getSheet(Annotator.RESULT_SHEET);
            assertNotNull(result);
            List<String> rules = new ArrayList<>();
            for (Row r : result) if (r.getCell(4) != null) rules.add(r.getCell(4).getStringCellValue());
            assertTrue(rules.containsAll(List.of("F5.rate", "F5.paid-over-budget")), rules.toString());
            boolean linked = false;
            for (Row r : result) {
                Cell d = r.getCell(3);
                if (d != null && d.getHyperlink() != null)
                    linked |= d.getHyperlink().getAddress().equals("'附件2'!" + b.cell("支付比率", "41"));
            }
            assertTrue(linked, "the 审核结果 row links to the cell");
        }
    }

    @Test
    void annotatingAnAnnotatedCopyAgainReplacesOurOldMarks() throws IOException {
        F5Book b = faulty();
        Checked first = Forms.standard().check(new Upload("附件2.xlsx", b.build()), CheckOptions.DEFAULT);
        Checked again = Forms.standard().check(new Upload("附件2_审核结果.xlsx", first.annotated()), CheckOptions.DEFAULT);
        assertEquals(first.report().findings(), again.report().findings());
        try (XSSFWorkbook out = new XSSFWorkbook(new ByteArrayInputStream(again.annotated()))) {
            int results = 0;
            for (int i = 0; i < out.getNumberOfSheets(); i++) if (out.getSheetName(i).equals(Annotator.RESULT_SHEET)) results++;
            assertEquals(1, results);
            String text = cell(out, "附件2", b.cell("支付比率", "41")).getCellComment().getString().getString();
            assertEquals(1, text.split("F5.rate", -1).length - 1, "the stale comment is replaced, not repeated: " + text);
        }
    }

    @Test
    void aCleanFilingGetsAResultSheetSayingSo() throws IOException {
        Checked c = Forms.standard().check(new Upload("附件2.xlsx", new F5Book().build()), CheckOptions.DEFAULT);
        try (XSSFWorkbook out = new XSSFWorkbook(new ByteArrayInputStream(c.annotated()))) {
            Sheet result = out.getSheet(Annotator.RESULT_SHEET);
            assertEquals("审核结果", result.getRow(0).getCell(0).getStringCellValue());
        }
    }
}
