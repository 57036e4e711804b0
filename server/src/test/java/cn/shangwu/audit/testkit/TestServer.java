package cn.shangwu.audit.testkit;

import cn.shangwu.audit.Json;
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
import java.util.Map;
import java.util.UUID;

/** A real server on a free port over the test database, and a small HTTP client for it. */
public final class TestServer implements AutoCloseable {
    private static TestServer shared;

    private final Javalin app;
    private final HttpClient http = HttpClient.newHttpClient();
    public final String base;

    private TestServer() {
        app = Server.create(TestDb.get(), Forms.standard()).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    /** One server for the whole run. */
    public static synchronized TestServer shared() {
        if (shared == null) {
            shared = new TestServer();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
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

    /** Multipart upload: part "file" plus plain fields. */
    public Response upload(String path, String filename, byte[] file, Map<String, String> fields, String token) {
        String boundary = "----shenhe" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (var e : fields.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                        + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
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
