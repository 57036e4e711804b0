package cn.shangwu.audit.web;

import cn.shangwu.audit.testkit.TestForm;
import cn.shangwu.audit.testkit.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** 上报 → 审核 → 通过/退回 over real HTTP: ERRORs block acceptance, WARNINGs need a 填报说明, accepted filings are locked. */
class WorkflowTest {
    private static final String YOUXIAN = "430223";
    private final TestServer server = TestServer.workflow();

    private TestServer.Response upload(String token, String year, String... cells) {
        return server.upload("/api/submissions", "攸县测试表.xlsx", TestForm.workbook(cells), Map.of("year", year), token);
    }

    private List<String> auditActions(String reviewer, long... ids) {
        List<String> out = new ArrayList<>();
        for (long id : ids) {
            JsonNode rows = server.get("/api/audit?submission=" + id, reviewer).json();
            for (JsonNode r : rows) out.add(0, r.get("action").asText() + "#" + id);
        }
        return out;
    }

    @Test
    void errorBlocksAcceptanceThenCleanVersionIsAcceptedLockedAndUnlocked() {
        String county = server.login("county", YOUXIAN);
        String city = server.login("city", "430200");
        String year = "2031";

        var v1 = upload(county, year, "100", "错误");
        assertEquals(201, v1.status(), v1.text());
        long id1 = v1.json().get("id").asLong();
        assertEquals(1, v1.json().get("version").asInt());
        assertEquals(YOUXIAN, v1.json().get("unit").asText());
        assertEquals(2031, v1.json().get("year").asInt());
        assertEquals("有错误", server.get("/api/submissions/" + id1, county).json().get("stateLabel").asText());

        var refused = server.postJson("/api/submissions/" + id1 + "/accept", Map.of(), city);
        assertEquals(409, refused.status(), refused.text());
        assertTrue(refused.json().get("detail").asText().contains("错误"), refused.text());

        var v2 = upload(county, year, "100", "200");
        assertEquals(201, v2.status(), v2.text());
        long id2 = v2.json().get("id").asLong();
        assertEquals(2, v2.json().get("version").asInt());
        assertEquals("待审核", server.get("/api/submissions/" + id2, city).json().get("stateLabel").asText());

        assertEquals(409, server.postJson("/api/submissions/" + id1 + "/accept", Map.of(), city).status(), "an old version cannot be accepted");
        var accepted = server.postJson("/api/submissions/" + id2 + "/accept", Map.of(), city);
        assertEquals(200, accepted.status(), accepted.text());
        assertEquals("ACCEPTED", accepted.json().get("status").asText());
        assertTrue(accepted.json().get("locked").asBoolean());

        var locked = upload(county, year, "100", "300");
        assertEquals(409, locked.status(), locked.text());
        assertTrue(locked.json().get("detail").asText().contains("锁定"), locked.text());
        assertEquals(2, server.get("/api/submissions?unit=" + YOUXIAN + "&year=" + year + "&template=" + TestForm.ID, county).json().size(),
                "the refused upload stored nothing");

        assertEquals(403, server.postJson("/api/submissions/" + id2 + "/unlock", Map.of(), county).status(), "a filer cannot unlock");
        var unlocked = server.postJson("/api/submissions/" + id2 + "/unlock", Map.of("comment", "县里需更正附件"), city);
        assertEquals(200, unlocked.status(), unlocked.text());
        assertFalse(unlocked.json().get("locked").asBoolean());

        var v3 = upload(county, year, "100", "300");
        assertEquals(201, v3.status(), v3.text());
        assertEquals(3, v3.json().get("version").asInt());
        long id3 = v3.json().get("id").asLong();

        JsonNode status = server.get("/api/status?year=" + year, city).json();
        JsonNode row = find(status, YOUXIAN, TestForm.ID);
        assertEquals("待审核", row.get("stateLabel").asText());
        assertEquals(3, row.get("version").asInt());
        assertEquals(0, row.get("errors").asInt());
        assertEquals("未上报", find(status, "430224", TestForm.ID).get("stateLabel").asText());

        List<String> actions = auditActions(city, id1, id2, id3);
        assertTrue(actions.containsAll(List.of("UPLOAD#" + id1, "ACCEPT_REFUSED#" + id1, "UPLOAD#" + id2, "ACCEPT#" + id2,
                "UNLOCK#" + id2, "UPLOAD#" + id3)), actions.toString());
        JsonNode all = server.get("/api/audit?limit=5000&unit=" + YOUXIAN, city).json();
        boolean refusedUpload = false;
        for (JsonNode r : all) {
            assertNotNull(r.get("ip").asText(null), r.toString());
            assertNotNull(r.get("at").asText(null), r.toString());
            if (r.get("action").asText().equals("UPLOAD_REFUSED") && YOUXIAN.equals(r.get("unitCode").asText())
                    && r.get("detail").asText().contains(year)) refusedUpload = true;
        }
        assertTrue(refusedUpload, "the refused upload is in the audit log");
        JsonNode accept = null;
        for (JsonNode r : server.get("/api/audit?submission=" + id2, city).json()) if (r.get("action").asText().equals("ACCEPT")) accept = r;
        assertNotNull(accept);
        assertTrue(accept.get("username").asText().startsWith("t-city-430200"), accept.toString());
        assertEquals("127.0.0.1", accept.get("ip").asText());
    }

    @Test
    void warningsNeedAnExplanationFromTheFilerBeforeAcceptance() {
        String county = server.login("county", YOUXIAN);
        String city = server.login("city", "430200");
        var v1 = upload(county, "2032", "提示");
        assertEquals(201, v1.status(), v1.text());
        long id = v1.json().get("id").asLong();
        var refused = server.postJson("/api/submissions/" + id + "/accept", Map.of(), city);
        assertEquals(409, refused.status(), refused.text());
        assertTrue(refused.json().get("detail").asText().contains("填报说明"), refused.text());

        assertEquals(403, server.postJson("/api/submissions/" + id + "/explanation", Map.of("text", "审核人代写"), city).status(),
                "the reviewer cannot explain on the filer's behalf");
        assertEquals(400, server.postJson("/api/submissions/" + id + "/explanation", Map.of("text", " "), county).status());
        var explained = server.postJson("/api/submissions/" + id + "/explanation", Map.of("text", "项目延期，已说明原因"), county);
        assertEquals(200, explained.status(), explained.text());
        assertEquals("项目延期，已说明原因", explained.json().get("explanation").asText());

        assertEquals(200, server.postJson("/api/submissions/" + id + "/accept", Map.of(), city).status());
        assertEquals(409, server.postJson("/api/submissions/" + id + "/explanation", Map.of("text", "再改"), county).status());
    }

    @Test
    void returnCarriesTheReviewersCommentIntoTheHistory() {
        String county = server.login("county", YOUXIAN);
        String city = server.login("city", "430200");
        long id = upload(county, "2033", "100").json().get("id").asLong();
        assertEquals(400, server.postJson("/api/submissions/" + id + "/return", Map.of(), city).status(), "a return needs a comment");
        var returned = server.postJson("/api/submissions/" + id + "/return", Map.of("comment", "请补充项目负责人签字"), city);
        assertEquals(200, returned.status(), returned.text());
        assertEquals("已退回", returned.json().get("stateLabel").asText());
        assertEquals(409, server.postJson("/api/submissions/" + id + "/accept", Map.of(), city).status(), "a returned filing awaits a new version");

        JsonNode history = server.get("/api/submissions?year=2033&template=" + TestForm.ID, county).json();
        assertEquals(1, history.size());
        JsonNode note = history.get(0).get("notes").get(0);
        assertEquals("RETURN", note.get("kind").asText());
        assertEquals("请补充项目负责人签字", note.get("text").asText());
        JsonNode own = server.get("/api/status?year=2033", county).json();
        assertEquals("已退回", find(own, YOUXIAN, TestForm.ID).get("stateLabel").asText());
        for (JsonNode r : own) assertEquals(YOUXIAN, r.get("unit").asText(), "a county's board shows only its own unit");

        var v2 = upload(county, "2033", "100", "101");
        assertEquals(201, v2.status());
        assertEquals(2, v2.json().get("version").asInt());
        assertEquals("待审核", find(server.get("/api/status?year=2033", city).json(), YOUXIAN, TestForm.ID).get("stateLabel").asText());
    }

    @Test
    void yearDefaultsToLastYear() {
        String county = server.login("county", "430225");
        var r = server.upload("/api/submissions", "炎陵.xlsx", TestForm.workbook("1"), Map.of(), county);
        assertEquals(201, r.status(), r.text());
        assertEquals(java.time.Year.now().getValue() - 1, r.json().get("year").asInt());
    }

    static JsonNode find(JsonNode status, String unit, String template) {
        for (JsonNode r : status) if (r.get("unit").asText().equals(unit) && r.get("template").asText().equals(template)) return r;
        throw new AssertionError("no status row " + unit + "/" + template + " in " + status);
    }
}
