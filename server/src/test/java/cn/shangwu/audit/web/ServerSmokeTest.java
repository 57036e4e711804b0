package cn.shangwu.audit.web;

import cn.shangwu.audit.testkit.TestServer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The server answers on a real port over the real (embedded) database. */
class ServerSmokeTest {
    private final TestServer server = TestServer.shared();

    @Test
    void healthSaysOkOnceTheDatabaseAnswers() {
        var r = server.get("/health", null);
        assertEquals(200, r.status());
        assertEquals("ok", r.json().get("status").asText());
    }

    @Test
    void uploadOfSomethingThatIsNotAWorkbookIsA4xxNamingTheFile() {
        var r = server.upload("/api/submissions", "说明.txt", "这不是表格".getBytes(StandardCharsets.UTF_8), Map.of(), server.adminToken());
        assertEquals(422, r.status(), r.text());
        assertTrue(r.json().get("detail").asText().contains("说明.txt"), r.text());
        assertFalse(r.text().contains("Exception"), r.text());
    }

    @Test
    void openApiAndSwaggerAreServed() {
        assertEquals(200, server.get("/openapi", null).status());
        var sw = server.get("/swagger", null);
        assertEquals(200, sw.status(), sw.text());
    }

    @Test
    void unknownSubmissionIs404Json() {
        var r = server.get("/api/submissions/999999999", server.adminToken());
        assertEquals(404, r.status());
        assertNotNull(r.json().get("error"));
    }

    @Test
    void apiWithoutATokenIs401Json() {
        var r = server.get("/api/submissions/1", null);
        assertEquals(401, r.status());
        assertEquals("未登录", r.json().get("error").asText());
    }
}
