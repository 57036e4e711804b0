package cn.shangwu.audit.bench;

import cn.shangwu.audit.annotate.Annotator;
import cn.shangwu.audit.form.selfeval.SeedForm;
import cn.shangwu.audit.form.selfeval.Workbooks;
import cn.shangwu.audit.read.Upload;
import cn.shangwu.audit.template.CheckOptions;
import cn.shangwu.audit.template.Forms;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Measures, on one filled F1 workbook (our blank with seed 000 重大招商引资专项经费):
 * (a) the floor of any Excel-in, Excel-out service: POI opens the bytes, evaluates all formulas, writes back;
 * (b) recognise + read + verify + score; (c) the whole path as the server runs it: (b) + annotate + write.
 * Run: mvn -B -Pbench -pl server test-compile exec:java -Dbench.main=cn.shangwu.audit.bench.F1Bench
 * Output: server/target/bench/f1.txt
 */
public final class F1Bench {
    private static final int WARMUP = 300, RUNS = 500;

    public static void main(String[] args) throws Exception {
        byte[] bytes = Workbooks.filledBlank(SeedForm.load("000-6-zhongda-zhaoshang.tsv")).bytes();
        Forms forms = Forms.standard();

        Task floor = () -> {
            try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
                wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                wb.write(out);
                return out.size();
            }
        };
        Task verify = () -> {
            // read + verify + score without annotating: the check minus Annotator, measured through a report-only path
            Upload u = new Upload("f1.xlsx", bytes);
            return ReportOnly.check(forms.recognize(u), u);
        };
        Task open = () -> {
            try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
                return wb.getNumberOfSheets();
            }
        };
        Task whole = () -> forms.check(new Upload("f1.xlsx", bytes), CheckOptions.DEFAULT).annotated().length;

        // The same path on a correct filing (no findings): what annotation costs when there is nothing to mark.
        byte[] clean = Workbooks.filledBlank(SeedForm.load("001-2-kuajing.tsv")).bytes();
        Task wholeClean = () -> forms.check(new Upload("clean.xlsx", clean), CheckOptions.DEFAULT).annotated().length;

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "F1 bench: %d bytes, warm-up %d, runs %d, %d cores%n", bytes.length, WARMUP, RUNS,
                Runtime.getRuntime().availableProcessors()));
        // Interleaved, so that all four see the same machine load (the box is shared).
        double[][] m = measure(open, floor, verify, whole, wholeClean);
        double[] o = m[0], a = m[1], b = m[2], c = m[3], clean0 = m[4];
        out.append(line("(o) POI open only", o));
        out.append(line("(a) POI open + evaluateAll + write", a));
        out.append(line("(b) read + verify + score", b));
        out.append(line("(c) whole path incl. annotate + write", c));
        out.append(line("(c') whole path, correct filing", clean0));
        out.append(String.format(Locale.ROOT, "ratio (c)/(a) p50 = %.2f  (goal ≤ 1.3); (c) p50 = %.2f ms (goal ≤ 50)%n",
                p(c, 50) / p(a, 50), p(c, 50)));
        System.out.print(out);
        Path dir = Path.of("target/bench");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("f1.txt"), out.toString());
    }

    interface Task {
        Object run() throws Exception;
    }

    private static double[][] measure(Task... tasks) throws Exception {
        for (int i = 0; i < WARMUP; i++) for (Task t : tasks) t.run();
        double[][] ms = new double[tasks.length][RUNS];
        for (int i = 0; i < RUNS; i++)
            for (int k = 0; k < tasks.length; k++) {
                long s = System.nanoTime();
                tasks[k].run();
                ms[k][i] = (System.nanoTime() - s) / 1e6;
            }
        for (double[] x : ms) Arrays.sort(x);
        return ms;
    }

    private static double p(double[] sorted, int pct) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(pct / 100.0 * sorted.length) - 1)];
    }

    private static String line(String what, double[] ms) {
        return String.format(Locale.ROOT, "%-40s p50 %7.2f ms   p95 %7.2f ms%n", what, p(ms, 50), p(ms, 95));
    }

    /** (b): the form's read/verify/score, stopping before the annotated workbook is written. */
    static final class ReportOnly {
        static Object check(cn.shangwu.audit.template.Form form, Upload u) {
            return ((cn.shangwu.audit.form.selfeval.SelfEvalForm) form).report(u, CheckOptions.DEFAULT);
        }
    }

    static {
        // keep Annotator loaded in all three paths alike
        Annotator.a1(0, 0);
    }
}
