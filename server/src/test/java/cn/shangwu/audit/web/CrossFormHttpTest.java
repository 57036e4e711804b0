package cn.shangwu.audit.web;

import cn.shangwu.audit.form.finalaccounts.SeedBooks;
import cn.shangwu.audit.store.Submissions;
import cn.shangwu.audit.template.Checked;
import cn.shangwu.audit.template.Fact;
import cn.shangwu.audit.testkit.TestDb;
import cn.shangwu.audit.testkit.TestServer;
import cn.shangwu.audit.verify.Report;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** One unit and year filing F3 and F4 (and F2's facts) over HTTP: the cross-form checks run against what is on file. */
class CrossFormHttpTest {
    private final TestServer server = TestServer.shared();

    private JsonNode upload(String name, byte[] file, String unit, int year) {
        var r = server.upload("/api/submissions", name, file, Map.of("unit", unit, "year", String.valueOf(year)), server.adminToken());
        assertEquals(201, r.status(), r.text());
        return r.json();
    }

    private static JsonNode finding(JsonNode report, String rule) {
        for (JsonNode f : report.get("findings")) if (f.get("rule").asText().equals(rule)) return f;
        return null;
    }

    @Test
    void basicDataOnFileIsCheckedAgainst07And06WhenTheFinalAccountsArrive() {
        String unit = "430223";
        // F3 with 公务接待 21.12 (and 三公 47.05, so F3 itself adds up) while 07 says 20.12
        JsonNode f3 = upload("基础数据表.xlsx", SeedBooks.basicData001WithReception("21.12", "47.05"), unit, 2023);
        assertEquals("dept-basic-data", f3.get("template").asText());
        assertNull(finding(f3, "X.F3-07.reception"), "no F4 on file yet");

        JsonNode f4 = upload("决算.xlsx", SeedBooks.finalAccounts001(), unit, 2023);
        assertEquals("final-accounts", f4.get("template").asText());
        JsonNode x = finding(f4, "X.F3-07.reception");
        assertNotNull(x, f4.toPrettyString());
        assertEquals("ERROR", x.get("severity").asText());
        assertEquals("公开07表", x.get("sheet").asText());
        assertEquals(0, new BigDecimal("21.12").compareTo(x.get("expected").decimalValue()));
        assertTrue(x.get("cells").get(0).asText().contains("部门整体支出绩效评价基础数据表"), x.toString());
        assertNotNull(finding(f4, "X.F3-07.total"));
        assertNull(finding(f4, "X.F3-06.public"), "公用经费 agrees");
        // the returned workbook marks the 07 cell and lists the finding on 审核结果
        var annotated = server.get("/api/submissions/" + f4.get("id").asText() + "/annotated", server.adminToken());
        assertEquals(200, annotated.status());
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(annotated.body()))) {
            assertNotNull(wb.getSheet("审核结果"));
            var cell = wb.getSheet("公开07表").getRow(new org.apache.poi.ss.util.CellAddress(x.get("cell").asText()).getRow())
                    .getCell(new org.apache.poi.ss.util.CellAddress(x.get("cell").asText()).getColumn());
            assertTrue(cell.getCellComment().getString().getString().contains("X.F3-07.reception"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }

        // the same F3 filed again now meets the F4 on file, and is reported at its own cell
        JsonNode again = upload("基础数据表.xlsx", SeedBooks.basicData001WithReception("21.12", "47.05"), unit, 2023);
        JsonNode y = finding(again, "X.F3-07.reception");
        assertNotNull(y, again.toPrettyString());
        assertEquals("附件1", y.get("sheet").asText());

        // another unit, same year: nothing on file, no cross-form findings
        JsonNode other = upload("决算.xlsx", SeedBooks.finalAccounts001(), "430224", 2023);
        assertNull(finding(other, "X.F3-07.reception"));
    }

    @Test
    void selfEvaluationFactsOnFileAreCheckedAgainst01And03() {
        String unit = "430225";
        // F2's published facts as its form stores them (001's 部门整体支出绩效自评表: 3372.72, 基本 2358.59, 项目 1014.13)
        Map<String, Fact> facts = Map.of(
                "F2.全年执行数", new Fact(new BigDecimal("3327.72"), "部门整体支出绩效自评表", "E3"),
                "F2.基本支出.全年执行数", new Fact(new BigDecimal("2358.59"), "部门整体支出绩效自评表", "B5"),
                "F2.项目支出.全年执行数", new Fact(new BigDecimal("1014.13"), "部门整体支出绩效自评表", "B6"));
        Report r = new Report("dept-self-eval", "2024.1", null, List.of(), Map.of());
        new Submissions(TestDb.get().dataSource()).store(unit, 2023, "自评表.xlsx", new byte[]{1}, new Checked(r, new byte[]{1}, "xlsx", facts), null);

        JsonNode f4 = upload("决算.xlsx", SeedBooks.finalAccounts001(), unit, 2023);
        JsonNode total = finding(f4, "X.F2-01.total");
        assertNotNull(total, f4.toPrettyString());
        assertEquals("ERROR", total.get("severity").asText());
        assertEquals("公开01表", total.get("sheet").asText());
        // 2358.59 against 2358.6 is a rounding difference: INFO with the intervals
        JsonNode basic = finding(f4, "X.F2-03.basic");
        assertEquals("INFO", basic.get("severity").asText());
        assertTrue(basic.get("message").asText().contains("重叠"), basic.toString());
    }
}
