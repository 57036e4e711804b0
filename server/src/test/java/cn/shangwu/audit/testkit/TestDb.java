package cn.shangwu.audit.testkit;

import cn.shangwu.audit.store.Database;

import java.nio.file.Path;

/**
 * The test database: one embedded MariaDB for the whole test run (in server/target/test-db), or the server named
 * by TEST_DB_URL (TEST_DB_USER, TEST_DB_PASSWORD). Tests share it; each test creates its own rows.
 */
public final class TestDb {
    private static Database db;

    private TestDb() {}

    public static synchronized Database get() {
        if (db == null) {
            String url = System.getenv("TEST_DB_URL");
            db = url != null && !url.isBlank()
                    ? Database.external(url, env("TEST_DB_USER", "root"), env("TEST_DB_PASSWORD", ""))
                    : Database.embedded(Path.of("target", "test-db"));
            Runtime.getRuntime().addShutdownHook(new Thread(db::close));
        }
        return db;
    }

    private static String env(String n, String d) {
        String v = System.getenv(n);
        return v == null ? d : v;
    }
}
