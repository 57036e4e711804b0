package cn.shangwu.audit.annotate;

import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Report;
import cn.shangwu.audit.verify.Severity;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class AnnotatorTest {
    /** Findings on neighbouring cells, written left to right and right to left: each keeps its own comment. */
    @Test
    void neighbouringCellsEachGetTheirComment() throws Exception {
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
