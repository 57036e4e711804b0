package cn.shangwu.audit.read;

import cn.shangwu.audit.template.Forms;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.*;

/** The template id is read without opening the workbook, so large streamed files never reach POI's usermodel. */
class UploadTest {

    @Test
    void templateIdOfOurBlankIsReadWithoutOpeningTheWorkbook() {
        byte[] blank = Forms.standard().byId("project-self-eval").orElseThrow().blank();
        Upload u = new Upload("空白.xlsx", blank);
        assertEquals("project-self-eval", u.templateId());
        assertFalse(u.opened());
    }

    @Test
    void aFundExecutionFileWithoutPropertiesStaysOnTheStreamingPath() throws IOException {
        // A clerk's export (SXSSF, as systems write big sheets): no docProps/custom.xml at all.
        byte[] bytes;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), 100);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var s = wb.createSheet("明细");
            s.createRow(0).createCell(0).setCellValue("专项资金预算执行明细表");
            String[] head = {"序号", "县市区", "指标文号", "项目名称", "预算金额", "备注", "支付金额", "支付比率"};
            var h = s.createRow(1);
            for (int c = 0; c < head.length; c++) h.createCell(c).setCellValue(head[c]);
            for (int r = 2; r < 2002; r++) {
                var row = s.createRow(r);
                row.createCell(0).setCellValue(r - 1);
                row.createCell(1).setCellValue("攸县");
                row.createCell(2).setCellValue("湘财企指〔2024〕" + r + "号");
                row.createCell(3).setCellValue("项目" + r);
                row.createCell(4).setCellValue(100);
                row.createCell(6).setCellValue(50);
                row.createCell(7).setCellValue("50.00%");
            }
            wb.write(out);
            bytes = out.toByteArray();
        }
        Upload u = new Upload("明细.xlsx", bytes);
        assertNull(u.templateId());
        assertEquals("fund-execution", Forms.standard().recognize(u).id());
        assertFalse(u.opened(), "recognising an F5 must not open the whole workbook");
    }
}
