package cn.shangwu.audit.web;

import cn.shangwu.audit.form.finalaccounts.SeedBooks;
import cn.shangwu.audit.form.selfeval.SeedForm;
import cn.shangwu.audit.form.selfeval.Workbooks;
import cn.shangwu.audit.testkit.TestDb;
import cn.shangwu.audit.testkit.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.*;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Hostile files over real HTTP: each upload gets a 201 report or a 4xx JSON error in Chinese, never a 5xx, a stack
 * trace or a hang, and a refused upload stores nothing.
 */
class HostileUploadTest {
    private static final long MAX_MILLIS = 60_000;
    private final TestServer server = TestServer.shared();
    private final List<String> failures = new ArrayList<>();

    @Test
    void junkFilesAreRefusedWithAChineseErrorAndNothingStored() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Random rnd = new Random(7);
        files.put("空文件.xlsx", new byte[0]);
        files.put("一字节.xlsx", new byte[]{'P'});
        byte[] random = new byte[4096];
        rnd.nextBytes(random);
        files.put("随机.xlsx", random);
        files.put("文本.xlsx", "这不是工作簿\n1,2,3\n".getBytes(StandardCharsets.UTF_8));
        files.put("图片.xlsx", png());
        files.put("压缩包.xlsx", zip(Map.of("readme.txt", "hello", "data/a.csv", "1,2")));
        files.put("截断.xlsx", java.util.Arrays.copyOf(xlsx(wb -> wb.createSheet("表1").createRow(0).createCell(0).setCellValue("收入支出决算总表")), 600));
        files.put("加密.xlsx", encrypted());
        byte[] ole = new byte[4096];
        rnd.nextBytes(ole);
        System.arraycopy(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 0, ole, 0, 8);
        files.put("乱码.xls", ole);
        files.put("无工作表.xlsx", rawXlsx(List.of()));
        for (var e : files.entrySet()) expect4xx(e.getKey(), e.getValue());
        report();
    }

    @Test
    void oddButReadableWorkbooksGetAReportOrA4xx() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("空表.xlsx", xlsx(wb -> wb.createSheet("Sheet1")));
        files.put("只有标题.xlsx", xlsx(wb -> wb.createSheet("公开01表").createRow(0).createCell(0).setCellValue("收入支出决算总表")));
        files.put("三百张表.xlsx", xlsx(wb -> {
            for (int i = 0; i < 300; i++) wb.createSheet("表" + i).createRow(0).createCell(0).setCellValue("项目支出绩效自评表");
        }));
        files.put("百万字符.xlsx", rawXlsx(List.of("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + "收".repeat(1_000_000)
                + "</t></is></c></row>")));
        files.put("公式错误.xlsx", xlsx(wb -> {
            Sheet s = wb.createSheet("收入支出决算总表");
            s.createRow(0).createCell(0).setCellValue("收入支出决算总表");
            Row r = s.createRow(1);
            r.createCell(0).setCellValue("本年收入合计");
            r.createCell(1).setCellFormula("1/0");
            r.createCell(2).setCellErrorValue(FormulaError.REF.getCode());
            r.createCell(3).setCellFormula("C2+1");
            Row c = s.createRow(2);
            c.createCell(0).setCellValue("本年支出合计");
            c.createCell(1).setCellFormula("C3+1");
            c.createCell(2).setCellFormula("B3+1");
        }));
        files.put("怪值.xlsx", xlsx(wb -> {
            Sheet s = wb.createSheet("项目支出绩效自评表");
            s.createRow(0).createCell(0).setCellValue("项目支出绩效自评表");
            Object[][] rows = {{"年度预算数", "全年执行数", "分值", "得分"},
                    {new java.util.Date(), true, 1e308, -0.0}, {"NaN", "Infinity", "-1e400", "１２３４５６７８９０１２３４５６７８９０１２３"},
                    {"一级指标", "二级指标", "三级指标", "指标值"}};
            for (int i = 0; i < rows.length; i++) {
                Row r = s.createRow(i + 1);
                for (int j = 0; j < rows[i].length; j++) {
                    Cell cell = r.createCell(j);
                    Object v = rows[i][j];
                    if (v instanceof String t) cell.setCellValue(t);
                    else if (v instanceof Double d) cell.setCellValue(d);
                    else if (v instanceof Boolean b) cell.setCellValue(b);
                    else if (v instanceof java.util.Date d) cell.setCellValue(d);
                }
            }
            s.createRow(6).createCell(2).setCellErrorValue(FormulaError.NA.getCode());
        }));
        files.put("整表合并.xlsx", xlsx(wb -> {
            Sheet s = wb.createSheet("部门整体支出绩效自评表");
            s.createRow(0).createCell(0).setCellValue("部门整体支出绩效自评表");
            s.addMergedRegionUnsafe(new CellRangeAddress(0, 1048575, 0, 255));
        }));
        files.put("末行.xlsx", xlsx(wb -> {
            Sheet s = wb.createSheet("公开01表");
            s.createRow(0).createCell(0).setCellValue("收入支出决算总表");
            s.createRow(1048575).createCell(16383).setCellValue("本年支出合计");
        }));
        files.put("末行.xls", xls(wb -> {
            Sheet s = wb.createSheet("公开01表");
            s.createRow(0).createCell(0).setCellValue("收入支出决算总表");
            s.createRow(65535).createCell(255).setCellValue("本年支出合计");
            s.addMergedRegion(new CellRangeAddress(1, 65535, 0, 255));
        }));
        for (var e : files.entrySet()) expectReportOr4xx(e.getKey(), e.getValue());
        report();
    }

    @Test
    void everyBlankUploadedUnchangedGetsAReportOrA4xx() {
        JsonNode list = server.get("/api/templates", server.adminToken()).json();
        List<String> ids = new ArrayList<>();
        for (JsonNode t : list.isArray() ? list : list.path("templates")) ids.add(t.path("id").asText());
        assertTrue(ids.size() >= 5, "templates: " + list);
        for (String id : ids) {
            TestServer.Response b = server.get("/api/templates/" + id + "/blank", server.adminToken());
            assertEquals(200, b.status(), id + ": " + b.text());
            expectReportOr4xx("空白-" + id + ".xlsx", b.body());
        }
        report();
    }

    @Test
    void seedFilingsWithTheirKeyBlockRemovedOrLabelsRespacedGetAReportOrA4xx() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        byte[] f4 = SeedBooks.finalAccounts001();
        files.put("决算-删01表.xlsx", edit(f4, wb -> wb.removeSheetAt(0)));
        files.put("决算-全角.xlsx", edit(f4, HostileUploadTest::respace));
        files.put("决算-只剩标题.xlsx", edit(f4, wb -> {
            for (Sheet s : wb) for (int r = s.getLastRowNum(); r >= 2; r--) if (s.getRow(r) != null) s.removeRow(s.getRow(r));
        }));
        byte[] bd = SeedBooks.basicData001();
        files.put("基础数据-全角.xlsx", edit(bd, HostileUploadTest::respace));
        files.put("基础数据-删行.xlsx", edit(bd, wb -> cut(wb.getSheetAt(0), 3, 40)));
        for (String seed : List.of(SeedForm.F1.get(0), SeedForm.F2.get(0))) {
            byte[] b = Workbooks.copy(SeedForm.load(seed)).bytes();
            files.put("自评-" + seed + "-全角.xlsx", edit(b, HostileUploadTest::respace));
            files.put("自评-" + seed + "-删指标.xlsx", edit(b, wb -> cut(wb.getSheetAt(0), 8, 200)));
            files.put("自评-" + seed + "-删表头.xlsx", edit(b, wb -> cut(wb.getSheetAt(0), 0, 8)));
        }
        for (var e : files.entrySet()) expectReportOr4xx(e.getKey(), e.getValue());
        report();
    }

    // ---- assertions

    private void expect4xx(String name, byte[] bytes) throws SQLException {
        TestServer.Response r = send(name, bytes, true);
        if (r != null && (r.status() < 400 || r.status() >= 500)) failures.add(name + ": expected 4xx, got " + r.status() + " " + clip(r.text()));
    }

    private void expectReportOr4xx(String name, byte[] bytes) {
        try {
            TestServer.Response r = send(name, bytes, false);
            if (r != null && r.status() != 201 && (r.status() < 400 || r.status() >= 500))
                failures.add(name + ": expected 201 or 4xx, got " + r.status() + " " + clip(r.text()));
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private TestServer.Response send(String name, byte[] bytes, boolean must4xx) throws SQLException {
        long before = count();
        long t0 = System.nanoTime();
        TestServer.Response r = server.upload("/api/submissions", name, bytes, Map.of("year", "2024"), server.adminToken());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (ms > MAX_MILLIS) failures.add(name + ": took " + ms + " ms");
        String text = r.text();
        if (text.contains("Exception") || text.contains("\tat ") || text.contains("java."))
            failures.add(name + ": internals leak: " + clip(text));
        JsonNode j;
        try {
            j = r.json();
        } catch (AssertionError e) {
            failures.add(name + ": body is not JSON: " + r.status() + " " + clip(text));
            return null;
        }
        long after = count();
        if (r.status() >= 400) {
            String msg = j.path("error").asText() + j.path("detail").asText();
            if (!msg.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                failures.add(name + ": error not in Chinese: " + clip(text));
            if (r.status() < 500 && !j.path("detail").asText().contains(name) && !j.path("detail").asText().contains("表")
                    && !j.path("detail").asText().matches(".*[A-Z]+[0-9]+.*"))
                failures.add(name + ": detail names neither the file, a sheet nor a cell: " + clip(text));
            if (after != before) failures.add(name + ": refused (" + r.status() + ") but submissions went " + before + " → " + after);
        } else if (r.status() == 201) {
            if (must4xx) failures.add(name + ": junk accepted as a filing: " + clip(text));
            if (after != before + 1) failures.add(name + ": stored " + (after - before) + " submissions");
        }
        return r;
    }

    private void report() {
        if (!failures.isEmpty()) fail(failures.size() + " hostile uploads mishandled:\n" + String.join("\n", failures));
    }

    private static String clip(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static long count() throws SQLException {
        try (Connection c = TestDb.get().dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM submission")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ---- builders

    private static byte[] xlsx(Consumer<Workbook> fill) throws IOException {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xls(Consumer<Workbook> fill) throws IOException {
        try (Workbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] edit(byte[] book, Consumer<Workbook> change) throws IOException {
        try (Workbook wb = WorkbookFactory.create(new java.io.ByteArrayInputStream(book)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Labels as clerks retype them: full-width brackets and digits, spaces between characters. */
    private static void respace(Workbook wb) {
        for (Sheet s : wb) for (Row r : s) for (Cell c : r) {
            if (c.getCellType() != CellType.STRING) continue;
            String t = c.getStringCellValue();
            StringBuilder b = new StringBuilder();
            for (char ch : t.toCharArray()) {
                if (ch == '(') b.append('（');
                else if (ch == ')') b.append('）');
                else if (ch >= '0' && ch <= '9' && !t.matches("[-0-9.,%]+")) b.append((char) (ch - '0' + '０'));
                else if (Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN && t.length() < 8) b.append(ch).append(' ');
                else b.append(ch);
            }
            c.setCellValue(b.toString().strip());
        }
    }

    private static void cut(Sheet s, int from, int to) {
        for (int r = Math.min(to, s.getLastRowNum()); r >= from; r--) if (s.getRow(r) != null) s.removeRow(s.getRow(r));
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A minimal hand-written xlsx: one sheet per given sheetData body (none: a workbook without sheets). */
    private static byte[] rawXlsx(List<String> sheets) throws IOException {
        Map<String, String> e = new LinkedHashMap<>();
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        StringBuilder wbSheets = new StringBuilder();
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 0; i < sheets.size(); i++) {
            int n = i + 1;
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(n).append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            wbSheets.append("<sheet name=\"表").append(n).append("\" sheetId=\"").append(n).append("\" r:id=\"rId").append(n).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(n).append(".xml\"/>");
            e.put("xl/worksheets/sheet" + n + ".xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + sheets.get(i) + "</sheetData></worksheet>");
        }
        types.append("</Types>");
        rels.append("</Relationships>");
        e.put("[Content_Types].xml", types.toString());
        e.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        e.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>" + wbSheets + "</sheets></workbook>");
        e.put("xl/_rels/workbook.xml.rels", rels.toString());
        return zip(e);
    }

    private static byte[] encrypted() throws Exception {
        byte[] plain = xlsx(wb -> wb.createSheet("公开01表").createRow(0).createCell(0).setCellValue("收入支出决算总表"));
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("口令");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] png() {
        byte[] b = new byte[64];
        byte[] sig = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        System.arraycopy(sig, 0, b, 0, sig.length);
        return b;
    }
}
