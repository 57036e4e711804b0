package cn.shangwu.audit.form.fundexec;

import cn.shangwu.audit.annotate.Annotator;
import cn.shangwu.audit.testkit.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.*;

/** F5 over real HTTP: upload, report, annotated copy, original; hostile files give a 4xx or a report, never a 500. */
class FundExecutionHttpTest {
    private final TestServer server = TestServer.shared();
    /** The province consolidates special funds; its own office files the F5 (admin reaches every unit). */
    private final String token = server.adminToken();

    private TestServer.Response upload(String name, byte[] bytes) {
        return server.upload("/api/submissions", name, bytes, Map.of("year", "2024"), token);
    }

    @Test
    void uploadGivesTheReportAndAnAnnotatedWorkbookThatReopens() throws IOException {
        F5Book b = FundExecutionAnnotatedTest.faulty();
        byte[] bytes = b.build();
        var r = upload("附件2.xlsx", bytes);
        assertEquals(201, r.status(), r.text());
        JsonNode body = r.json();
        assertEquals("fund-execution", body.get("template").asText());
        boolean rateAtCell = false;
        for (JsonNode f : body.get("findings"))
            rateAtCell |= f.get("rule").asText().equals("F5.rate") && f.get("cell").asText().equals(b.cell("支付比率", "41"))
                    && f.get("severity").asText().equals("ERROR");
        assertTrue(rateAtCell, body.toString());
        long id = body.get("id").asLong();

        var annotated = server.get("/api/submissions/" + id + "/annotated", token);
        assertEquals(200, annotated.status());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(annotated.body()))) {
            var cell = FundExecutionAnnotatedTest.cell(wb, "附件2", b.cell("支付比率", "41"));
            assertEquals("FFFFC7CE", FundExecutionAnnotatedTest.rgb(cell));
            assertNotNull(cell.getCellComment());
            assertNotNull(wb.getSheet(Annotator.RESULT_SHEET));
        }
        var original = server.get("/api/submissions/" + id + "/original", token);
        assertArrayEquals(bytes, original.body(), "the uploaded bytes are kept unchanged");
    }

    @Test
    void notAWorkbookIsA422() {
        var r = upload("附件2.xlsx", "序号,县市区/单位,预算金额\n1,长沙,300".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, r.status(), r.text());
    }

    @Test
    void aTruncatedWorkbookIsA422() {
        byte[] bytes = new F5Book().build();
        var r = upload("附件2.xlsx", Arrays.copyOf(bytes, bytes.length / 2));
        assertEquals(422, r.status(), r.text());
        assertTrue(r.json().get("detail").asText().contains("附件2.xlsx"), r.text());
    }

    @Test
    void aSheetWithOneCellRepeatedMillionsOfTimesIsReportedNotACrash() throws IOException {
        // ~120 MB of sheet XML in a ~0.2 MB zip: a header row, then one row repeating the same cell.
        byte[] bomb = bombWorkbook(4_000_000);
        assertTrue(bomb.length < 2_000_000, "compressed " + bomb.length);
        var r = upload("bomb.xlsx", bomb);
        assertTrue(r.status() == 201 || r.status() == 422, r.status() + " " + r.text());
        assertFalse(r.text().contains("Exception"), r.text());
    }

    @Test
    void aHundredThousandRowFileIsVerified() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        F5Book.large(100_000, out);
        var r = upload("全省明细.xlsx", out.toByteArray());
        assertEquals(201, r.status(), r.text());
        JsonNode body = r.json();
        assertEquals(100_000, body.get("meta").get("rows").asInt());
        for (JsonNode f : body.get("findings")) assertNotEquals("ERROR", f.get("severity").asText(), f.toString());
    }

    /** A minimal .xlsx whose sheet has an F5 header and then one row with {@code cells} copies of a cell. */
    static byte[] bombWorkbook(int cells) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            put(z, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            put(z, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(z, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"明细\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(z, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            StringBuilder head = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">");
            String[] labels = F5Book.OFFICIAL.toArray(String[]::new);
            for (int c = 0; c < labels.length; c++)
                head.append("<c r=\"").append((char) ('A' + c)).append("1\" t=\"inlineStr\"><is><t>").append(labels[c]).append("</t></is></c>");
            head.append("</row><row r=\"2\">");
            z.write(head.toString().getBytes(StandardCharsets.UTF_8));
            byte[] cell = "<c r=\"E2\"><v>1</v></c>".getBytes(StandardCharsets.UTF_8);
            byte[] chunk = new byte[cell.length * 1000];
            for (int i = 0; i < 1000; i++) System.arraycopy(cell, 0, chunk, i * cell.length, cell.length);
            for (int i = 0; i < cells / 1000; i++) z.write(chunk);
            z.write("</row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream z, String name, String xml) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(xml.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }
}
