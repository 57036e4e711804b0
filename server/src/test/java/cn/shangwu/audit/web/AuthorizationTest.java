package cn.shangwu.audit.web;

import cn.shangwu.audit.testkit.TestForm;
import cn.shangwu.audit.testkit.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** Who may touch what, endpoint by endpoint: own unit for counties, subtree for reviewers, 401 without a token. */
class AuthorizationTest {
    private static final String YOUXIAN = "430223", CHALING = "430224", LUXI = "433122", ZHUZHOU = "430200", XIANGXI = "433100";
    private static final TestServer server = TestServer.workflow();
    private static String countyA, countyB, luxi, zhuzhou, xiangxi, province;
    private static long subB, subLuxi, subZhuzhou;

    @BeforeAll
    static void filings() {
        countyA = server.login("county", YOUXIAN);
        countyB = server.login("county", CHALING);
        luxi = server.login("county", LUXI);
        zhuzhou = server.login("city", ZHUZHOU);
        xiangxi = server.login("city", XIANGXI);
        province = server.login("province", "430000");
        subB = uploaded(countyB, Map.of("year", "2041"));
        subLuxi = uploaded(luxi, Map.of("year", "2041"));
        subZhuzhou = uploaded(zhuzhou, Map.of("year", "2041"));
    }

    private static long uploaded(String token, Map<String, String> fields) {
        var r = server.upload("/api/submissions", "表.xlsx", TestForm.workbook("1"), fields, token);
        assertEquals(201, r.status(), r.text());
        return r.json().get("id").asLong();
    }

    /** Every way of touching submission {@code id}, with the status each must give for {@code token}. */
    private void assertCannotTouch(String token, long id, String unit) {
        for (String path : List.of("/api/submissions/" + id, "/api/submissions/" + id + "/annotated", "/api/submissions/" + id + "/original",
                "/api/submissions?unit=" + unit, "/api/audit?submission=" + id))
            assertEquals(403, server.get(path, token).status(), path);
        for (String action : List.of("accept", "return", "unlock", "explanation"))
            assertEquals(403, server.postJson("/api/submissions/" + id + "/" + action, Map.of("comment", "x", "text", "x"), token).status(), action);
        var up = server.upload("/api/submissions", "表.xlsx", TestForm.workbook("1"), Map.of("unit", unit, "year", "2041"), token);
        assertEquals(403, up.status(), up.text());
    }

    @Test
    void countyACannotReadDownloadUploadForAcceptOrListCountyB() {
        assertCannotTouch(countyA, subB, CHALING);
        // the owner can
        assertEquals(200, server.get("/api/submissions/" + subB, countyB).status());
        assertEquals(200, server.get("/api/submissions/" + subB + "/annotated", countyB).status());
        assertEquals(200, server.get("/api/submissions/" + subB + "/original", countyB).status());
        assertEquals(1, server.get("/api/submissions?unit=" + CHALING + "&year=2041", countyB).json().size());
        // but may not review its own filing
        assertEquals(403, server.postJson("/api/submissions/" + subB + "/accept", Map.of(), countyB).status());
    }

    @Test
    void aZhuzhouReviewerCannotTouchXiangxi() {
        assertCannotTouch(zhuzhou, subLuxi, LUXI);
        assertCannotTouch(xiangxi, subB, CHALING);
        // within the subtree the reviewer can read and act
        assertEquals(200, server.get("/api/submissions/" + subB, zhuzhou).status());
        assertEquals(200, server.get("/api/submissions?unit=" + CHALING, zhuzhou).status());
        var forCounty = server.upload("/api/submissions", "代报.xlsx", TestForm.workbook("1"), Map.of("unit", "430281", "year", "2041"), zhuzhou);
        assertEquals(201, forCounty.status(), forCounty.text());
        assertEquals("430281", forCounty.json().get("unit").asText());
    }

    @Test
    void uploadsForUnknownUnitsAreRefused() {
        var r = server.upload("/api/submissions", "表.xlsx", TestForm.workbook("1"), Map.of("unit", "999999"), server.adminToken());
        assertEquals(400, r.status(), r.text());
        assertTrue(r.json().get("detail").asText().contains("999999"));
        assertEquals(403, server.upload("/api/submissions", "表.xlsx", TestForm.workbook("1"), Map.of("unit", "999999"), zhuzhou).status());
    }

    @Test
    void statusAndUnitsShowOnlyTheCallersSubtree() {
        Set<String> units = new HashSet<>();
        for (JsonNode r : server.get("/api/status?year=2041", zhuzhou).json()) units.add(r.get("unit").asText());
        assertTrue(units.containsAll(Set.of(ZHUZHOU, YOUXIAN, CHALING, "430281")), units.toString());
        assertFalse(units.contains(LUXI) || units.contains(XIANGXI) || units.contains("430000"), units.toString());
        JsonNode chaling = WorkflowTest.find(server.get("/api/status?year=2041", zhuzhou).json(), CHALING, TestForm.ID);
        assertEquals(subB, chaling.get("id").asLong());

        Set<String> own = new HashSet<>();
        for (JsonNode r : server.get("/api/status?year=2041", countyA).json()) own.add(r.get("unit").asText());
        assertEquals(Set.of(YOUXIAN), own);

        JsonNode tree = server.get("/api/units", zhuzhou).json();
        assertEquals(1, tree.size());
        assertEquals(ZHUZHOU, tree.get(0).get("code").asText());
        assertEquals(9, tree.get(0).get("children").size(), tree.toString());
        JsonNode mine = server.get("/api/units", countyA).json();
        assertEquals(1, mine.size());
        assertEquals(0, mine.get(0).get("children").size());
        JsonNode all = server.get("/api/units", province).json();
        assertEquals("430000", all.get(0).get("code").asText());
        assertTrue(all.get(0).get("children").size() >= 14);
    }

    @Test
    void aCitysOwnFilingIsReviewedByTheProvinceNotByItself() {
        assertEquals(403, server.postJson("/api/submissions/" + subZhuzhou + "/accept", Map.of(), zhuzhou).status());
        assertEquals(403, server.postJson("/api/submissions/" + subZhuzhou + "/accept", Map.of(), xiangxi).status());
        assertEquals(200, server.postJson("/api/submissions/" + subZhuzhou + "/accept", Map.of(), province).status());
    }

    @Test
    void auditLogIsForReviewersAndLimitedToTheirSubtree() {
        assertEquals(403, server.get("/api/audit", countyA).status());
        JsonNode rows = server.get("/api/audit?limit=2000", zhuzhou).json();
        assertFalse(rows.isEmpty());
        for (JsonNode r : rows) assertNotEquals(LUXI, r.get("unitCode").asText(), r.toString());
        assertEquals(403, server.get("/api/audit?submission=" + subLuxi, zhuzhou).status());
        assertEquals(403, server.get("/api/audit?unit=" + LUXI, zhuzhou).status());
        for (JsonNode r : server.get("/api/audit?unit=" + CHALING, zhuzhou).json()) assertEquals(CHALING, r.get("unitCode").asText());
        assertTrue(server.get("/api/audit?submission=" + subLuxi, xiangxi).json().size() > 0);
    }

    @Test
    void onlyAdminsEditUnits() {
        Map<String, String> furong = Map.of("name", "芙蓉区", "parent", "430100", "level", "county");
        assertEquals(403, server.putJson("/api/units/430102", furong, province).status());
        assertEquals(401, server.putJson("/api/units/430102", furong, null).status());
        String admin = server.adminToken();
        var created = server.putJson("/api/units/430102", furong, admin);
        assertTrue(created.status() == 201 || created.status() == 200, created.text());
        assertEquals(400, server.putJson("/api/units/430100", Map.of("name", "长沙市", "parent", "430102", "level", "city"), admin).status(),
                "a unit cannot move below its own child");
        assertEquals(400, server.putJson("/api/units/12", furong, admin).status());
        String changsha = server.login("city", "430100");
        JsonNode tree = server.get("/api/units", changsha).json();
        assertEquals("芙蓉区", tree.get(0).get("children").get(0).get("name").asText());
    }

    @Test
    void unauthenticatedRequestsGet401OnEveryProtectedEndpoint() {
        for (String path : List.of("/api/submissions/" + subB, "/api/submissions/" + subB + "/annotated", "/api/submissions/" + subB + "/original",
                "/api/submissions", "/api/units", "/api/status?year=2041", "/api/audit", "/api/me", "/api/consolidations/430200?year=2041"))
            assertEquals(401, server.get(path, null).status(), path);
        for (String action : List.of("accept", "return", "unlock", "explanation"))
            assertEquals(401, server.postJson("/api/submissions/" + subB + "/" + action, Map.of(), null).status(), action);
        assertEquals(401, server.upload("/api/submissions", "表.xlsx", TestForm.workbook("1"), Map.of(), null).status());
        assertEquals(401, server.get("/api/units", "not-a-token").status());
        // public: the blank templates
        assertEquals(200, server.get("/api/templates", null).status());
        assertEquals(200, server.get("/api/templates/" + TestForm.ID + "/blank", null).status());
    }

    @Test
    void logoutEndsTheToken() {
        String t = server.login("county", YOUXIAN);
        assertEquals(200, server.get("/api/me", t).status());
        assertEquals(204, server.postJson("/api/logout", Map.of(), t).status());
        assertEquals(401, server.get("/api/me", t).status());
    }
}
