package cn.shangwu.audit.testkit;

import cn.shangwu.audit.store.Database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * The test database: one embedded MariaDB for the whole test run (in server/target/test-db, emptied at start), or the server named
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
                    : Database.embedded(fresh(Path.of("target", "test-db")), true);
            Runtime.getRuntime().addShutdownHook(new Thread(db::close));
        }
        return db;
    }

    /** A new, empty data folder per run: the schema is migrated from scratch every time. */
    private static Path fresh(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (var walk = Files.walk(dir)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String env(String n, String d) {
        String v = System.getenv(n);
        return v == null ? d : v;
    }
}
