package cn.shangwu.audit.web;

import cn.shangwu.audit.store.Submission;
import cn.shangwu.audit.store.Submissions;
import cn.shangwu.audit.template.Checked;
import cn.shangwu.audit.template.Fact;
import cn.shangwu.audit.testkit.TestDb;
import cn.shangwu.audit.testkit.TestServer;
import cn.shangwu.audit.verify.Report;
import cn.shangwu.audit.verify.Score;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The consolidation routes over real HTTP: the workbook, the JSON summary with the same figures, and 4xx for bad input. */
class ConsolidationRoutesTest {
    private static final int YEAR = 2034;
    private final TestServer server = TestServer.shared();
    private final Submissions submissions = new Submissions(TestDb.get().dataSource());

    private Submission acceptedF1(String unit, String project, String budget, String executed, String score) throws Exception {
        BigDecimal v = new BigDecimal(score);
        Report r = new Report("project-self-eval", "2024.1", new Score(v, v, Score.grade(v)), List.of(), Map.of("project", project));
        byte[] original;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("项目支出绩效自评表");
            wb.write(out);
            original = out.toByteArray();
        }
        Submission s = submissions.store(unit, YEAR, project + ".xlsx", original, new Checked(r, original, "xlsx",
                Map.of("F1.全年预算数", new Fact(new BigDecimal(budget), "项目支出绩效自评表", "C9"),
                        "F1.全年执行数", new Fact(new BigDecimal(executed), "项目支出绩效自评表", "D9"))), null);
        try (Connection c = TestDb.get().dataSource().getConnection()) {
            submissions.setStatus(c, s.id(), "ACCEPTED");
        }
        return s;
    }

    @Test
    void workbookAndSummaryCarryTheSameFigures() throws Exception {
        try (Connection c = TestDb.get().dataSource().getConnection()) {
            c.createStatement().executeUpdate("DELETE FROM submission WHERE report_year = " + YEAR);
        }
        // Seed 000: 湘粤非铁海联运 (7092.39 / 5608.95, 97.91) and 重大招商引资专项经费 (200 / 140.95, 91.15).
        acceptedF1("430223", "湘粤非铁海联运", "7092.39", "5608.95", "97.91");
        acceptedF1("430281", "重大招商引资专项经费", "200", "140.95", "91.15");
        BigDecimal expected = new BigDecimal("7092.39").multiply(new BigDecimal("97.91")).add(new BigDecimal("200").multiply(new BigDecimal("91.15")))
                .divide(new BigDecimal("7292.39"), 2, RoundingMode.HALF_UP);

        String zhuzhou = server.login("city", "430200");
        String path = "/api/consolidations/430200?year=" + YEAR + "&template=project-self-eval";
        assertEquals(401, server.get(path, null).status());
        assertEquals(403, server.get(path, server.login("county", "430223")).status(), "a county cannot consolidate");
        assertEquals(403, server.get(path, server.login("city", "433100")).status(), "湘西 cannot consolidate 株洲");
        var book = server.get(path, zhuzhou);
        assertEquals(200, book.status(), book.text());
        assertTrue(book.headers().get("content-type").get(0).contains("spreadsheetml"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(book.body()))) {
            assertNotNull(wb.getSheet("绩效汇总"));
            assertNotNull(wb.getSheet("问题清单"));
        }

        var summary = server.get("/api/consolidations/430200/summary?year=" + YEAR + "&template=project-self-eval", zhuzhou);
        assertEquals(200, summary.status(), summary.text());
        JsonNode j = summary.json();
        assertEquals(0, expected.compareTo(j.get("weightedScore").decimalValue()), j.toString());
        assertEquals(0, new BigDecimal("7292.39").compareTo(j.get("totalBudget").decimalValue()));
        assertEquals(2, j.get("used").size());
        assertTrue(j.get("absent").toString().contains("攸县") == false && j.get("absent").toString().contains("炎陵县"));
    }

    @Test
    void badRequestsAre4xxJsonInChinese() {
        var noYear = server.get("/api/consolidations/430200?template=project-self-eval", server.adminToken());
        assertEquals(400, noYear.status());
        assertTrue(noYear.json().get("detail").asText().contains("year"));
        var badTemplate = server.get("/api/consolidations/430200?year=2023&template=xyz", server.adminToken());
        assertEquals(400, badTemplate.status());
        assertTrue(badTemplate.json().get("detail").asText().contains("final-accounts"));
        var noUnit = server.get("/api/consolidations/999999?year=2023&template=final-accounts", server.adminToken());
        assertEquals(404, noUnit.status());
        var badUnit = server.get("/api/consolidations/abc/summary?year=2023&template=final-accounts", server.adminToken());
        assertEquals(400, badUnit.status());
    }
}
