package cn.shangwu.audit.web;

import cn.shangwu.audit.store.Submissions;
import cn.shangwu.audit.store.User;
import cn.shangwu.audit.testkit.TestDb;
import cn.shangwu.audit.testkit.TestForm;
import cn.shangwu.audit.testkit.TestServer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Login, token storage, rate limiting, security headers and what must never reach the log. */
class LoginTest {
    private final TestServer server = TestServer.workflow();

    @Test
    void loginGivesATokenWithExpiryWhoseHashAloneIsStored() throws Exception {
        User u = TestServer.createUser("county", "430202");
        var r = server.postJson("/api/login", Map.of("username", u.username(), "password", TestServer.PASSWORD), null);
        assertEquals(200, r.status(), r.text());
        String token = r.json().get("token").asText();
        assertTrue(token.length() >= 40);
        assertNotNull(r.json().get("expiresAt").asText(null));
        assertEquals("county", r.json().get("user").get("role").asText());
        assertEquals("荷塘区", r.json().get("user").get("unitName").asText());
        try (Connection c = TestDb.get().dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM login_session WHERE token_sha256 = ? OR token_sha256 = ?")) {
            ps.setString(1, token);
            ps.setString(2, Submissions.sha256(token.getBytes(StandardCharsets.US_ASCII)));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getInt(1), "one row, keyed by the SHA-256, never by the token itself");
            }
        }
        try (Connection c = TestDb.get().dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT password_hash FROM app_user WHERE id = ?")) {
            ps.setLong(1, u.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertTrue(rs.getString(1).startsWith("$2a$"), "bcrypt");
            }
        }
        assertEquals(u.username(), server.get("/api/me", token).json().get("username").asText());
    }

    @Test
    void wrongPasswordIs401AndRepeatedFailuresAre429EvenWithTheRightPassword() {
        User u = TestServer.createUser("county", "430203");
        User other = TestServer.createUser("county", "430203");
        var wrong = server.postJson("/api/login", Map.of("username", u.username(), "password", "猜的密码123"), null);
        assertEquals(401, wrong.status());
        assertFalse(wrong.text().contains(u.username()) && wrong.text().contains("不存在"), "does not say which part was wrong");
        for (int i = 0; i < 4; i++) server.postJson("/api/login", Map.of("username", u.username(), "password", "guess" + i), null);
        var blocked = server.postJson("/api/login", Map.of("username", u.username(), "password", TestServer.PASSWORD), null);
        assertEquals(429, blocked.status(), blocked.text());
        assertNotNull(blocked.headers().get("retry-after"));
        assertEquals(200, server.postJson("/api/login", Map.of("username", other.username(), "password", TestServer.PASSWORD), null).status(),
                "another user is not locked out");
        assertEquals(401, server.postJson("/api/login", Map.of("username", "没有这个人", "password", "whatever1"), null).status());
        assertEquals(400, server.postJson("/api/login", Map.of("username", "x"), null).status());
        assertEquals(401, server.postJson("/api/login", Map.of("username", other.username(), "password", "密".repeat(100)), null).status(),
                "a password beyond bcrypt's 72 bytes is just wrong, not a 500");
        var notJson = server.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base + "/api/login"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=a&password=b")).build());
        assertEquals(400, notJson.status(), notJson.text());
    }

    @Test
    void responsesCarrySecurityHeaders() {
        for (String path : new String[] {"/", "/index.html", "/api/templates", "/health"}) {
            var r = server.get(path, null);
            assertEquals(200, r.status(), path);
            String csp = r.headers().get("content-security-policy").get(0);
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && csp.contains("frame-ancestors 'none'"), csp);
            assertEquals("nosniff", r.headers().get("x-content-type-options").get(0), path);
            assertEquals("DENY", r.headers().get("x-frame-options").get(0), path);
            assertEquals("no-referrer", r.headers().get("referrer-policy").get(0), path);
        }
    }

    @Test
    void uploadsOfTheWrongContentTypeAreRefusedBeforeParsing() {
        String t = server.login("county", "430204");
        var html = server.upload("/api/submissions", "表.xlsx", TestForm.workbook("1"), "text/html", Map.of(), t);
        assertEquals(415, html.status(), html.text());
        var fake = server.upload("/api/submissions", "表.xlsx", "<html>not a workbook</html>".getBytes(StandardCharsets.UTF_8),
                TestServerTypes.XLSX, Map.of(), t);
        assertEquals(422, fake.status(), "magic bytes are checked whatever the declared type");
        var json = server.postJson("/api/submissions", Map.of("file", "x"), t);
        assertEquals(415, json.status(), json.text());
    }

    @Test
    void tokensAndPasswordsNeverReachTheLog() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        String token;
        User u = TestServer.createUser("county", "430211");
        try {
            token = server.loginWith(u.username(), TestServer.PASSWORD);
            server.upload("/api/submissions", "表.xlsx", TestForm.workbook("错误"), Map.of("year", "2035"), token);
            server.get("/api/submissions/999999", token);
            server.get("/api/me", token + "x");
            server.postJson("/api/login", Map.of("username", "nobody", "password", "秘密口令-12345"), null);
        } finally {
            System.setErr(err);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains(u.username()), "the capture works: the login itself is logged");
        assertFalse(log.contains(token), "token in log");
        assertFalse(log.contains(TestServer.PASSWORD) || log.contains("秘密口令-12345"), "password in log");
    }

    /** Content types as browsers send them. */
    static final class TestServerTypes {
        static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
}
