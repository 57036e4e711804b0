package cn.shangwu.audit.bench;

import cn.shangwu.audit.consolidate.Consolidation;
import cn.shangwu.audit.consolidate.Consolidator;
import cn.shangwu.audit.consolidate.F4Builder;
import cn.shangwu.audit.consolidate.StoredTables;
import cn.shangwu.audit.read.Upload;
import cn.shangwu.audit.store.Submission;
import cn.shangwu.audit.store.Submissions;
import cn.shangwu.audit.store.Unit;
import cn.shangwu.audit.store.Units;
import cn.shangwu.audit.template.Checked;
import cn.shangwu.audit.template.Fact;
import cn.shangwu.audit.template.Forms;
import cn.shangwu.audit.testkit.TestDb;
import cn.shangwu.audit.verify.Report;
import cn.shangwu.audit.verify.Score;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Benchmark (not a test): a 150-unit 决算汇总 and a 150-unit 绩效汇总 (2 projects per unit) over the test database.
 * Goal: 决算汇总 ≤ 2 s on the 2-core machine, cold as well as warm. Writes server/target/bench/consolidation.txt.
 * Run (from server/): mvn -B -Pbench test-compile exec:java -Dbench.main=cn.shangwu.audit.bench.ConsolidationBench
 * <p>
 * The 决算 filings are stored as the upload route stores them (their tables as JSON, read from the grids the form's
 * recognition built; that cost is reported per upload). Measured, in this order:
 * <ul>
 * <li>first run in this JVM: nothing loaded or JIT-compiled, no memory cache — the first consolidation after a restart;
 * <li>cold: a new {@link Consolidator} per run (no memory cache), tables read from the database;
 * <li>warm: one consolidator, repeated (cold and warm runs alternate);
 * <li>baseline: the same filings without stored tables (as before V5): every original re-opened with POI — the old
 * path (afterwards the tables are stored, and the next run is cold again).
 * </ul>
 * With {@code -Dbench.warmup=true} the consolidator warms up first, as {@code serve} does at start.
 * With {@code -Dbench.legacy=true} the filings are stored without tables, so "first run in JVM" is the old cold path.
 */
public final class ConsolidationBench {
    private static final String CITY = "990000";
    private static final int UNITS = 150, YEAR = 2040, RUNS = 9, WARMUP = 2;
    /** -Dbench.legacy=true: filings stored without their tables (as before V5), so the first run in the JVM takes the old path. */
    private static final boolean LEGACY = Boolean.getBoolean("bench.legacy");
    /** -Dbench.warmup=true: {@link Consolidator#warmUp()} first, as {@code serve} does at start. */
    private static final boolean WARM_UP = Boolean.getBoolean("bench.warmup");

    public static void main(String[] args) throws Exception {
        DataSource ds = TestDb.get().dataSource();
        Units units = new Units(ds);
        Submissions subs = new Submissions(ds);
        units.save(new Unit(CITY, "基准测试市", "430000", "city"));
        exec(ds, "DELETE FROM submission WHERE report_year = " + YEAR);
        long t0 = System.nanoTime(), upload = 0;
        for (int i = 1; i <= UNITS; i++) {
            String code = String.format("99%04d", i);
            String name = "测试县" + i;
            units.save(new Unit(code, name, CITY, "county"));
            // Seed 001 scaled per unit (exact decimals), every tenth unit classifying 招商引资 under another code.
            F4Builder b = new F4Builder(name).times(BigDecimal.ONE.add(BigDecimal.valueOf(i % 7, 1)).toPlainString());
            if (i % 10 == 0) b.recode("2011308", "2011399", "其他商贸事务支出");
            byte[] f4 = b.build();
            Upload up = new Upload("部门决算.xlsx", f4);
            up.grids(); // built by recognition on the upload route
            long u0 = System.nanoTime();
            String tables = LEGACY ? null : StoredTables.of(up);
            upload += System.nanoTime() - u0;
            accept(ds, subs.store(code, YEAR, "部门决算.xlsx", f4, new Checked(new Report("final-accounts", "2023.1", null, List.of(), Map.of()),
                    f4, "xlsx", Map.of(), tables), null));
            for (String[] p : new String[][]{{"重大招商引资专项经费", "120.07", "118.84", "97.2"}, {"流通产业发展专项资金", "91.82", "81.58", "94.88"}}) {
                BigDecimal score = new BigDecimal(p[3]).subtract(BigDecimal.valueOf(i % 13));
                Report r = new Report("project-self-eval", "2024.1", new Score(score, score, Score.grade(score)), List.of(), Map.of("project", p[0]));
                accept(ds, subs.store(code, YEAR, p[0] + ".xlsx", f4, new Checked(r, f4, "xlsx", Map.of(
                        "F1.全年预算数", new Fact(new BigDecimal(p[1]), "项目支出绩效自评表", "C9"),
                        "F1.全年执行数", new Fact(new BigDecimal(p[2]), "项目支出绩效自评表", "D9"))), null));
            }
        }
        double setup = (System.nanoTime() - t0) / 1e9;
        StringBuilder out = new StringBuilder("ConsolidationBench" + (LEGACY ? " (legacy rows: no stored tables at start)" : "") + " " + UNITS + " units, " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + System.getProperty("java.version") + String.format("; setup %.1f s; tables read at upload: %.1f ms per filing%n",
                setup, upload / 1e6 / UNITS));
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Map<String, byte[]> outputs = new java.util.HashMap<>();
        Forms forms = Forms.standard(); // built once at server start
        if (WARM_UP) {
            long w0 = System.nanoTime();
            new Consolidator(ds, forms).warmUp();
            out.append(String.format("warm-up at start (as serve does, in the background): %.0f ms%n", (System.nanoTime() - w0) / 1e6));
        }
        for (String template : List.of(Consolidator.FINAL_ACCOUNTS, Consolidator.PERFORMANCE)) {
            long c0 = System.nanoTime();
            Consolidation last = new Consolidator(ds, forms).build(CITY, YEAR, template).orElseThrow();
            double first = (System.nanoTime() - c0) / 1e6;
            Consolidator consolidator = new Consolidator(ds, forms);
            for (int i = 0; i < WARMUP; i++) last = consolidator.build(CITY, YEAR, template).orElseThrow();
            // Cold and warm runs alternate, so both see the same JIT state and machine load.
            double[] cold = new double[RUNS], ms = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                Consolidator fresh = new Consolidator(ds, forms);
                long s = System.nanoTime();
                last = fresh.build(CITY, YEAR, template).orElseThrow();
                cold[i] = (System.nanoTime() - s) / 1e6;
                s = System.nanoTime();
                last = consolidator.build(CITY, YEAR, template).orElseThrow();
                ms[i] = (System.nanoTime() - s) / 1e6;
            }
            Arrays.sort(cold);
            Arrays.sort(ms);
            String line = String.format("%-18s used %d filings: first run in JVM %.0f ms; cold (new consolidator) p50 %.0f ms, max %.0f ms; "
                            + "warm p50 %.0f ms, min %.0f ms, max %.0f ms; workbook %d KB; load average %s%n", template,
                    last.selection().used().size(), first, cold[RUNS / 2], cold[RUNS - 1], ms[RUNS / 2], ms[0], ms[RUNS - 1],
                    last.workbook().length / 1024, loadAverage());
            out.append(line);
            System.out.print(line);
            outputs.put(template, last.workbook());
            Files.write(dir.resolve(last.filename()), last.workbook());
        }
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), AVG(LENGTH(tables_json)) "
                + "FROM submission_tables WHERE submission_id IN (SELECT id FROM submission WHERE report_year = " + YEAR + ")");
             java.sql.ResultSet rs = ps.executeQuery()) {
            rs.next();
            out.append(String.format("stored tables: %d rows, %.1f KB JSON per filing%n", rs.getInt(1), rs.getDouble(2) / 1024));
        }
        // Baseline: the same 决算 filings as rows stored before V5 (no tables): the consolidation re-opens every original.
        exec(ds, "DELETE FROM submission_tables WHERE submission_id IN (SELECT id FROM submission WHERE report_year = " + YEAR + ")");
        long b0 = System.nanoTime();
        Consolidation base = new Consolidator(ds, forms).build(CITY, YEAR, Consolidator.FINAL_ACCOUNTS).orElseThrow();
        double baseline = (System.nanoTime() - b0) / 1e6;
        long a0 = System.nanoTime();
        new Consolidator(ds, forms).build(CITY, YEAR, Consolidator.FINAL_ACCOUNTS).orElseThrow();
        double after = (System.nanoTime() - a0) / 1e6;
        String line = String.format("baseline final-accounts without stored tables (old path: every original parsed; JIT warm) %.0f ms; "
                        + "same workbook: %s; next run (tables stored meanwhile, new consolidator) %.0f ms; load average %s%n", baseline,
                Submissions.sha256(base.workbook()).equals(Submissions.sha256(outputs.get(Consolidator.FINAL_ACCOUNTS))), after, loadAverage());
        out.append(line);
        System.out.print(line);
        Files.writeString(dir.resolve("consolidation.txt"), out.toString());
        System.exit(0);
    }

    private static void exec(DataSource ds, String sql) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.executeUpdate();
        }
    }

    private static void accept(DataSource ds, Submission s) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("UPDATE submission SET status = 'ACCEPTED' WHERE id = ?")) {
            ps.setLong(1, s.id());
            ps.executeUpdate();
        }
    }

    private ConsolidationBench() {}

    /** The machine is shared: the load average says how much the figures are inflated. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }

}
