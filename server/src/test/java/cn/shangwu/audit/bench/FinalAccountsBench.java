package cn.shangwu.audit.bench;

import cn.shangwu.audit.form.finalaccounts.FinalAccountsForm;
import cn.shangwu.audit.form.finalaccounts.FullWorkbook;
import cn.shangwu.audit.read.Upload;
import cn.shangwu.audit.template.CheckOptions;
import cn.shangwu.audit.template.Checked;
import cn.shangwu.audit.verify.Severity;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * F4 benchmark (not a test): a full 部门决算 workbook (nine tables, ~60 功能分类 rows).
 * (a) floor = POI open + evaluateAll + write; (b) our path = read + verify + annotate (annotate writes the workbook).
 * Prints and writes p50/p95 of each and the ratio b/a to server/target/bench/final-accounts.txt.
 * Run: mvn -B -Pbench -pl server test-compile exec:java -Dbench.main=cn.shangwu.audit.bench.FinalAccountsBench
 */
public final class FinalAccountsBench {
    private static final int WARMUP = 40, RUNS = 120;

    public static void main(String[] args) throws Exception {
        byte[] file = FullWorkbook.build();
        FinalAccountsForm form = new FinalAccountsForm();
        Checked once = form.check(new Upload("full.xlsx", file), CheckOptions.DEFAULT);
        long errors = once.report().count(Severity.ERROR);
        long[] floor = new long[RUNS], ours = new long[RUNS];
        for (int i = 0; i < WARMUP + RUNS; i++) {
            long t0 = System.nanoTime();
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
                wb.write(out);
            }
            long t1 = System.nanoTime();
            form.check(new Upload("full.xlsx", file), CheckOptions.DEFAULT);
            long t2 = System.nanoTime();
            if (i >= WARMUP) {
                floor[i - WARMUP] = t1 - t0;
                ours[i - WARMUP] = t2 - t1;
            }
        }
        Arrays.sort(floor);
        Arrays.sort(ours);
        double f50 = ms(floor, 0.50), f95 = ms(floor, 0.95), o50 = ms(ours, 0.50), o95 = ms(ours, 0.95);
        String report = String.format(Locale.ROOT, """
                F4 final-accounts benchmark (warm, %d runs after %d warm-up)
                workbook: %d bytes, nine tables, %d findings (%d errors)
                (a) floor  POI open + evaluateAll + write : p50 %.1f ms  p95 %.1f ms
                (b) ours   read + verify + annotate       : p50 %.1f ms  p95 %.1f ms
                ratio b/a (p50): %.2f   goal: p50 <= 100 ms, ratio <= 1.5
                """, RUNS, WARMUP, file.length, once.report().findings().size(), errors, f50, f95, o50, o95, o50 / f50);
        System.out.print(report);
        Path dir = Path.of("target", "bench");
        if (!Files.isDirectory(Path.of("target")) && Files.isDirectory(Path.of("server", "target"))) dir = Path.of("server", "target", "bench");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("final-accounts.txt"), report, StandardCharsets.UTF_8);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))] / 1e6;
    }
}
