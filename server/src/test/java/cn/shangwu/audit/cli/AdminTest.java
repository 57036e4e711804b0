package cn.shangwu.audit.cli;

import cn.shangwu.audit.testkit.TestDb;
import cn.shangwu.audit.testkit.TestServer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.*;

/** admin create-user makes a user who can then log in over HTTP; bad input is a one-line usage error (exit 2). */
class AdminTest {
    @Test
    void createdUserCanLogIn() {
        String name = "clerk-" + UUID.randomUUID().toString().substring(0, 8);
        int code = Admin.createUser(TestDb.get(), List.of("--username", name, "--password", "Lu-xi-2024!", "--role", "county", "--unit", "433122"));
        assertEquals(0, code);
        TestServer server = TestServer.shared();
        String token = server.loginWith(name, "Lu-xi-2024!");
        var me = server.get("/api/me", token).json();
        assertEquals("county", me.get("role").asText());
        assertEquals("433122", me.get("unit").asText());
        assertEquals("泸溪县", me.get("unitName").asText());
    }

    @Test
    void setPasswordAndDisableEndTheSessions() {
        String name = "clerk-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(0, Admin.run(TestDb.get(), "create-user", List.of("--username", name, "--password", "first-pass-1", "--role", "county", "--unit", "430223")));
        TestServer server = TestServer.shared();
        String token = server.loginWith(name, "first-pass-1");
        assertEquals(0, Admin.run(TestDb.get(), "set-password", List.of("--username", name, "--password", "second-pass-2")));
        assertEquals(401, server.get("/api/me", token).status(), "old sessions end with the password change");
        assertEquals(401, server.postJson("/api/login", java.util.Map.of("username", name, "password", "first-pass-1"), null).status());
        String again = server.loginWith(name, "second-pass-2");
        assertEquals(0, Admin.run(TestDb.get(), "disable-user", List.of("--username", name)));
        assertEquals(401, server.get("/api/me", again).status());
        assertEquals(401, server.postJson("/api/login", java.util.Map.of("username", name, "password", "second-pass-2"), null).status());
        assertThrows(UsageException.class, () -> Admin.run(TestDb.get(), "disable-user", List.of("--username", "nobody-" + name)));
    }

    @Test
    void badInputIsAUsageError() {
        String name = "x-" + UUID.randomUUID().toString().substring(0, 8);
        assertThrows(UsageException.class, () -> Admin.createUser(TestDb.get(), List.of("--username", name, "--password", "longenough", "--role", "boss", "--unit", "430200")));
        assertThrows(UsageException.class, () -> Admin.createUser(TestDb.get(), List.of("--username", name, "--password", "longenough", "--role", "city", "--unit", "999999")));
        assertThrows(UsageException.class, () -> Admin.createUser(TestDb.get(), List.of("--username", name, "--password", "longenough", "--role", "city", "--unit", "430223")),
                "a city reviewer belongs to a city");
        assertThrows(UsageException.class, () -> Admin.createUser(TestDb.get(), List.of("--username", name, "--password", "longenough", "--role", "county", "--unit", "430000")));
        assertThrows(UsageException.class, () -> Admin.createUser(TestDb.get(), List.of("--username", name, "--password", "short", "--role", "city", "--unit", "430200")));
        assertThrows(UsageException.class, () -> Admin.createUser(TestDb.get(), List.of("--username", name, "--role", "city", "--unit", "430200")));
        assertEquals(0, Admin.createUser(TestDb.get(), List.of("--username", name, "--password", "longenough", "--role", "city", "--unit", "430200")));
        assertThrows(UsageException.class, () -> Admin.createUser(TestDb.get(), List.of("--username", name, "--password", "longenough", "--role", "city", "--unit", "430200")),
                "duplicate user name");
        assertEquals(2, Main.run("admin", "delete-everything"));
    }
}
