package cn.shangwu.audit.annotate;

import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Report;
import cn.shangwu.audit.verify.Severity;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Annotator on neighbouring cells: each keeps its own comment, fill and link, values untouched. */
class AnnotatorTest {

    @Test
    void neighbouringCellsInReverseOrderEachGetTheirComment() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("自评表");
        Row r = s.createRow(1);
        r.createCell(5).setCellValue(40);   // F2
        r.createCell(6).setCellValue(9.9);  // G2
        // G2 first, then F2: POI would file F2's new comment under G2 (its anchor's top-left) and refuse it.
        List<Finding> findings = List.of(
                Finding.of("F1.score-over", Severity.ERROR, "自评表", "G2", "得分超过分值", new BigDecimal("9"), new BigDecimal("9.9")),
                Finding.of("F1.no-reason", Severity.WARNING, "自评表", "F2", "扣分未说明偏差原因"));
        byte[] out = Annotator.annotate(wb, new Report("project-self-eval", "2024.1", null, findings, null));

        try (XSSFWorkbook back = new XSSFWorkbook(new ByteArrayInputStream(out))) {
            Sheet sh = back.getSheet("自评表");
            Cell g2 = sh.getRow(1).getCell(6), f2 = sh.getRow(1).getCell(5);
            assertEquals(9.9, g2.getNumericCellValue());
            assertEquals(40, f2.getNumericCellValue());
            assertTrue(sh.getCellComment(new CellAddress("G2")).getString().getString().contains("应为 9"));
            assertTrue(sh.getCellComment(new CellAddress("G2")).getString().getString().contains("[F1.score-over]"));
            assertTrue(sh.getCellComment(new CellAddress("F2")).getString().getString().contains("[F1.no-reason]"));
            assertEquals(2, sh.getCellComments().size());
            assertEquals(FillPatternType.SOLID_FOREGROUND, g2.getCellStyle().getFillPattern());
            assertArrayEquals(new byte[]{(byte) 0xFF, (byte) 0xC7, (byte) 0xCE},
                    ((XSSFCellStyle) g2.getCellStyle()).getFillForegroundColorColor().getRGB());
            assertArrayEquals(new byte[]{(byte) 0xFF, (byte) 0xEB, (byte) 0x9C},
                    ((XSSFCellStyle) f2.getCellStyle()).getFillForegroundColorColor().getRGB());

            Sheet res = back.getSheet(Annotator.RESULT_SHEET);
            assertNotNull(res);
            Row first = null;
            for (Row row : res) if ("1".equals(row.getCell(0).getStringCellValue())) first = row;
            assertNotNull(first);
            assertEquals(CellType.STRING, first.getCell(5).getCellType());
            assertEquals("得分超过分值", first.getCell(5).getStringCellValue());
            assertEquals("'自评表'!G2", first.getCell(3).getHyperlink().getAddress());
        }
    }

    /** Findings on neighbouring cells, written left to right and right to left: each keeps its own comment. */
    @Test
    void neighbouringCellsInAnyOrderEachKeepTheirComment() throws Exception {
        Workbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("公开07表");
        for (int r = 0; r < 15; r++) for (int c = 0; c < 12; c++) s.createRow(r).createCell(c).setCellValue(r * c);
        List<Finding> fs = List.of(Finding.of("a", Severity.ERROR, "公开07表", "I12", "甲"),
                Finding.of("b", Severity.WARNING, "公开07表", "H12", "乙"),
                Finding.of("c", Severity.ERROR, "公开07表", "J12", "丙"),
                Finding.of("d", Severity.ERROR, "公开07表", "I13", "丁"));
        byte[] out = Annotator.annotate(wb, new Report("t", "1", null, fs, Map.of()));
        try (Workbook back = WorkbookFactory.create(new ByteArrayInputStream(out))) {
            Sheet b = back.getSheet("公开07表");
            for (var e : Map.of("I12", "甲", "H12", "乙", "J12", "丙", "I13", "丁").entrySet()) {
                var comment = b.getCellComment(new CellAddress(e.getKey()));
                assertNotNull(comment, e.getKey());
                assertTrue(comment.getString().getString().contains(e.getValue()), e.getKey() + ": " + comment.getString());
            }
        }
    }
}
