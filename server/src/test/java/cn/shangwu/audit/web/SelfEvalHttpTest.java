package cn.shangwu.audit.web;

import cn.shangwu.audit.annotate.Annotator;
import cn.shangwu.audit.form.selfeval.SeedForm;
import cn.shangwu.audit.form.selfeval.Workbooks;
import cn.shangwu.audit.testkit.TestDb;
import cn.shangwu.audit.testkit.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.*;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** F1/F2 over real HTTP on the embedded MariaDB: upload → report, annotated copy, original bytes, bad inputs. */
class SelfEvalHttpTest {
    private final TestServer server = TestServer.shared();
    /** A county clerk of 荷塘区 files these forms. */
    private final String token = server.login("county", "430202");

    @Test
    void uploadReportsFindingsAndReturnsTheAnnotatedWorkbook() throws Exception {
        Workbooks.Built b = Workbooks.copy(SeedForm.load("004-xiangxi.tsv"));
        var r = server.upload("/api/submissions", "湘西州自评表.xlsx", b.bytes(), Map.of("year", "2023"), token);
        assertEquals(201, r.status(), r.text());
        JsonNode body = r.json();
        assertEquals("project-self-eval", body.get("template").asText());
        assertEquals(96.0, body.get("score").get("verified").asDouble(), 1e-9);
        assertEquals(96.0, body.get("score").get("reported").asDouble(), 1e-9);
        JsonNode exec = null;
        for (JsonNode f : body.get("findings")) if (f.get("rule").asText().equals("F1.exec-score")) exec = f;
        assertNotNull(exec, body.toString());
        assertEquals("ERROR", exec.get("severity").asText());
        assertEquals(b.cell("exec.score"), exec.get("cell").asText());
        assertEquals(10.0, exec.get("expected").asDouble(), 1e-9);
        assertEquals(9.9, exec.get("actual").asDouble(), 1e-9);
        long id = body.get("id").asLong();

        var got = server.get("/api/submissions/" + id, token);
        assertEquals(200, got.status());
        assertEquals(body.get("findings").size(), got.json().get("findings").size());

        var original = server.get("/api/submissions/" + id + "/original", token);
        assertEquals(200, original.status());
        assertArrayEquals(b.bytes(), original.body(), "original bytes unchanged");
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.bytes())), body.get("sha256").asText());

        var annotated = server.get("/api/submissions/" + id + "/annotated", token);
        assertEquals(200, annotated.status());
        try (Workbook wb = Workbooks.open(annotated.body())) {
            Sheet s = wb.getSheet(b.sheet());
            Cell cell = s.getRow(new org.apache.poi.ss.util.CellReference(b.cell("exec.score")).getRow())
                    .getCell(new org.apache.poi.ss.util.CellReference(b.cell("exec.score")).getCol());
            assertEquals(9.9, cell.getNumericCellValue(), 1e-9, "value untouched");
            assertNotNull(cell.getCellComment(), "comment at the deviating cell");
            assertTrue(cell.getCellComment().getString().getString().contains("执行率得分应为 10"));
            XSSFCellStyle st = (XSSFCellStyle) cell.getCellStyle();
            assertEquals(FillPatternType.SOLID_FOREGROUND, st.getFillPattern());
            assertEquals("FFC7CE", HexFormat.of().formatHex(st.getFillForegroundXSSFColor().getRGB()).toUpperCase(), "red for ERROR");
            Sheet result = wb.getSheet(Annotator.RESULT_SHEET);
            assertNotNull(result, "审核结果 sheet");
            boolean listed = false;
            for (Row row : result) {
                Cell rule = row.getCell(4);
                if (rule != null && "F1.exec-score".equals(rule.getStringCellValue())) {
                    listed = true;
                    assertNotNull(row.getCell(3).getHyperlink(), "link to the cell");
                }
            }
            assertTrue(listed);
        }
    }

    @Test
    void deptFormIsRecognisedAndItsFactsStored() {
        Workbooks.Built b = Workbooks.copy(SeedForm.load("001-f2-dept.tsv"));
        var r = server.upload("/api/submissions", "部门整体自评表.xlsx", b.bytes(), Map.of("year", "2023"), token);
        assertEquals(201, r.status(), r.text());
        assertEquals("dept-self-eval", r.json().get("template").asText());
        assertEquals(92.45, r.json().get("score").get("verified").asDouble(), 1e-9);
    }

    @Test
    void legacyXlsStaysXls() throws Exception {
        Workbooks.Built b = Workbooks.copy(SeedForm.load("000-6-zhongda-zhaoshang.tsv"), Workbooks.Copy.OFFICIAL.xls(true));
        var r = server.upload("/api/submissions", "重大招商.xls", b.bytes(), Map.of(), token);
        assertEquals(201, r.status(), r.text());
        var annotated = server.get("/api/submissions/" + r.json().get("id").asLong() + "/annotated", token);
        assertEquals(200, annotated.status());
        assertEquals((byte) 0xD0, annotated.body()[0], "an .xls (OLE2) file comes back");
        try (Workbook wb = Workbooks.open(annotated.body())) {
            assertTrue(wb instanceof org.apache.poi.hssf.usermodel.HSSFWorkbook);
            assertNotNull(wb.getSheet(Annotator.RESULT_SHEET));
        }
    }

    @Test
    void theBlankIsServedAndRoundTrips() {
        var r = server.get("/api/templates/project-self-eval/blank", null);
        assertEquals(200, r.status());
        var list = server.get("/api/templates", null).text();
        assertTrue(list.contains("project-self-eval") && list.contains("dept-self-eval"), list);
        var up = server.upload("/api/submissions", "空白.xlsx", r.body(), Map.of(), token);
        assertEquals(201, up.status(), up.text());
        assertEquals("project-self-eval", up.json().get("template").asText());
    }

    @Test
    void badInputsAre4xxJsonNamingTheProblemAndStoreNothing() throws Exception {
        long before = count();
        Workbooks.Built b = Workbooks.copy(SeedForm.load("004-xiangxi.tsv"));
        byte[] movedLabels = Workbooks.mutate(Workbooks.mutate(b.bytes(), b.sheet(), "D4", "", false), b.sheet(), "E4", "", false);
        Workbook other = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        other.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("采购清单");
        byte[] unknown = Workbooks.bytes(other);
        Map<String, byte[]> cases = Map.of(
                "说明.txt", "这不是表格".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "未知表格.xlsx", unknown,
                "加密.xlsx", encrypt(b.bytes()),
                "表头改动.xlsx", movedLabels,
                "截断.xlsx", java.util.Arrays.copyOf(b.bytes(), b.bytes().length / 2));
        for (var e : cases.entrySet()) {
            var r = server.upload("/api/submissions", e.getKey(), e.getValue(), Map.of(), token);
            assertTrue(r.status() >= 400 && r.status() < 500, e.getKey() + " → " + r.status() + " " + r.text());
            assertNotNull(r.json().get("error"), r.text());
            assertTrue(r.json().get("detail").asText().contains(e.getKey()), r.text());
            assertFalse(r.text().contains("Exception"), r.text());
        }
        var moved = server.upload("/api/submissions", "表头改动.xlsx", movedLabels, Map.of(), token);
        assertTrue(moved.json().get("detail").asText().contains(b.sheet()), moved.text());
        var badPolicy = server.upload("/api/submissions", "x.xlsx", b.bytes(), Map.of("policy", "lenient"), token);
        assertEquals(422, badPolicy.status(), badPolicy.text());
        assertEquals(before, count(), "nothing stored");
    }

    private static byte[] encrypt(byte[] xlsx) throws Exception {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor enc = info.getEncryptor();
        enc.confirmPassword("mima123");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(xlsx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static long count() throws Exception {
        try (Connection c = TestDb.get().dataSource().getConnection(); ResultSet rs = c.createStatement().executeQuery("select count(*) from submission")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
