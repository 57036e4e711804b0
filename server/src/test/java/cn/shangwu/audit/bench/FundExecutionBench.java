package cn.shangwu.audit.bench;

import cn.shangwu.audit.form.fundexec.F5Large;
import cn.shangwu.audit.form.fundexec.FundExecutionReader;
import cn.shangwu.audit.form.fundexec.FundRow;
import cn.shangwu.audit.read.Upload;
import cn.shangwu.audit.template.CheckOptions;
import cn.shangwu.audit.template.Checked;
import cn.shangwu.audit.template.Form;
import cn.shangwu.audit.template.Forms;
import cn.shangwu.audit.verify.Severity;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark (not a test): a 100,000-row F5 verified end to end — recognise, read, verify, annotate — against a
 * baseline that only streams the rows, with time and peak heap. Run in a JVM limited to 512 MB:
 * <pre>
 *   mvn -B -q -Pbench -pl server test-compile exec:exec@bench-512m -Dbench.main=cn.shangwu.audit.bench.FundExecutionBench
 *   # or, with the test classpath at hand: java -Xmx512m -cp ... cn.shangwu.audit.bench.FundExecutionBench [rows] [rounds] [faultEvery]
 * </pre>
 * The workbook is generated once into server/target/bench/ (not committed). Arguments: [rows] [rounds] [faultEvery]:
 * by default every 1,000th 支付比率 is wrong, so the annotated copy has marks, comments and a 审核结果 sheet.
 * Wall time depends on what else runs on the machine; CPU time of the main thread is printed beside it.
 */
public final class FundExecutionBench {
    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int faultEvery = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));
        Files.createDirectories(dir);
        Path file = dir.resolve("f5-" + rows + "-fault" + faultEvery + ".xlsx");
        if (!Files.exists(file)) {
            long t = System.nanoTime();
            try (OutputStream out = Files.newOutputStream(file)) {
                F5Large.write(rows, out, faultEvery);
            }
            System.out.printf("generated %s (%,d bytes) in %.1f s%n", file, Files.size(file), (System.nanoTime() - t) / 1e9);
        }
        byte[] bytes = Files.readAllBytes(file);
        System.out.printf("JVM max heap %d MB, %d processors; file %,d bytes, %,d rows%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), bytes.length, rows);
        Forms forms = Forms.standard();
        for (int round = 1; round <= rounds; round++) {
            // Baseline: stream every row through the public reader, no checks, no annotation.
            resetPeaks();
            long c0 = cpu();
            long t0 = System.nanoTime();
            AtomicLong n = new AtomicLong();
            FundExecutionReader.forEachRow(new Upload(file.getFileName().toString(), bytes), r -> {
                if (r.kind() == FundRow.Kind.DETAIL) n.incrementAndGet();
            });
            double base = (System.nanoTime() - t0) / 1e9;
            double baseCpu = (cpu() - c0) / 1e9;
            long basePeak = peakHeapMb();

            resetPeaks();
            long c1 = cpu();
            long t1 = System.nanoTime();
            Upload u = new Upload(file.getFileName().toString(), bytes);
            Form form = forms.recognize(u);
            long t2 = System.nanoTime();
            Checked c = form.check(u, CheckOptions.DEFAULT);
            long t3 = System.nanoTime();
            double fullCpu = (cpu() - c1) / 1e9;
            long peak = peakHeapMb();
            System.out.printf("round %d: baseline stream %,d rows %.2f s wall / %.2f s CPU (peak heap %d MB) | full: recognise %.2f s + "
                            + "read/verify/annotate %.2f s = %.2f s wall / %.2f s CPU (peak heap %d MB); %s, %d ERROR / %d WARNING / %d INFO, "
                            + "annotated %,d bytes%n",
                    round, n.get(), base, baseCpu, basePeak, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t3 - t1) / 1e9, fullCpu, peak, form.id(),
                    c.report().count(Severity.ERROR), c.report().count(Severity.WARNING), c.report().count(Severity.INFO), c.annotated().length);
        }
        Path out = dir.resolve("f5-" + rows + "_审核结果.xlsx");
        Checked c = forms.check(new Upload(file.getFileName().toString(), bytes), CheckOptions.DEFAULT);
        Files.write(out, c.annotated());
        System.out.println("annotated copy: " + out);
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }

    /** Sum of the heap pools' peak usage since the last reset (an upper bound of the true simultaneous peak). */
    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans())
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) sum += p.getPeakUsage().getUsed();
        return sum >> 20;
    }
}
