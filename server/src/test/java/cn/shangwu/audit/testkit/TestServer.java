package cn.shangwu.audit.testkit;

import cn.shangwu.audit.Json;
import cn.shangwu.audit.store.Role;
import cn.shangwu.audit.store.User;
import cn.shangwu.audit.store.Users;
import cn.shangwu.audit.template.Form;
import cn.shangwu.audit.template.Forms;
import cn.shangwu.audit.web.Server;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** A real server on a free port over the test database, and a small HTTP client for it. */
public final class TestServer implements AutoCloseable {
    private static TestServer shared;
    private static TestServer workflow;
    private static final AtomicInteger USER_SEQ = new AtomicInteger();
    public static final String PASSWORD = "测试口令-Passw0rd";

    private final Javalin app;
    private final HttpClient http = HttpClient.newHttpClient();
    public final String base;
    private String adminToken;

    private TestServer(Forms forms) {
        app = Server.create(TestDb.get(), forms, users()).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    /** One server for the whole run, with the shipped forms. */
    public static synchronized TestServer shared() {
        if (shared == null) {
            shared = new TestServer(Forms.standard());
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** One server for the run with the shipped forms plus {@link TestForm} (workflow tests need filings with and without errors). */
    public static synchronized TestServer workflow() {
        if (workflow == null) {
            List<Form> all = new ArrayList<>(Forms.standard().all());
            all.add(new TestForm());
            workflow = new TestServer(new Forms(all));
            Runtime.getRuntime().addShutdownHook(new Thread(workflow::close));
        }
        return workflow;
    }

    /** The user store of the test database with a cheap bcrypt cost (4) so that creating many users stays fast. */
    public static Users users() {
        return new Users(TestDb.get().dataSource(), 4);
    }

    /** Creates a fresh user of that role and unit (role: county, city, province, admin) directly in the database. */
    public static User createUser(String role, String unit) {
        String name = "t-" + role + "-" + unit + "-" + USER_SEQ.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
        return users().create(name, PASSWORD, Role.parse(role).orElseThrow(), unit);
    }

    /** A new user of that role and unit, logged in over POST /api/login; returns the Bearer token. */
    public String login(String role, String unit) {
        return loginWith(createUser(role, unit).username(), PASSWORD);
    }

    public String loginWith(String username, String password) {
        Response r = postJson("/api/login", Map.of("username", username, "password", password), null);
        if (r.status() != 200) throw new AssertionError("login failed: " + r.status() + " " + r.text());
        return r.json().get("token").asText();
    }

    /** A token of an admin (sees and acts on every unit): what tests that are not about authorization send. */
    public synchronized String adminToken() {
        if (adminToken == null) adminToken = login("admin", "430000");
        return adminToken;
    }

    public record Response(int status, byte[] body, Map<String, java.util.List<String>> headers) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + text(), e);
            }
        }
    }

    public Response get(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) b.header("Authorization", "Bearer " + token);
        return send(b.build());
    }

    public Response postJson(String path, Object body, String token) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Json.MAPPER.writeValueAsBytes(body)));
            if (token != null) b.header("Authorization", "Bearer " + token);
            return send(b.build());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public Response putJson(String path, Object body, String token) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(Json.MAPPER.writeValueAsBytes(body)));
            if (token != null) b.header("Authorization", "Bearer " + token);
            return send(b.build());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Multipart upload: part "file" plus plain fields. */
    public Response upload(String path, String filename, byte[] file, Map<String, String> fields, String token) {
        return upload(path, filename, file, "application/octet-stream", fields, token);
    }

    /** Multipart upload with the given content type of the file part. */
    public Response upload(String path, String filename, byte[] file, String fileType, Map<String, String> fields, String token) {
        String boundary = "----shenhe" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (var e : fields.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                        + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                    + "\"\r\nContent-Type: " + fileType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(file);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return send(b.build());
    }

    public Response send(HttpRequest req) {
        try {
            HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.body(), r.headers().map());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
