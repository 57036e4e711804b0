package cn.shangwu.audit.bench;

import cn.shangwu.audit.annotate.Annotator;
import cn.shangwu.audit.form.selfeval.SeedForm;
import cn.shangwu.audit.form.selfeval.SelfEvalForm;
import cn.shangwu.audit.form.selfeval.Workbooks;
import cn.shangwu.audit.read.Upload;
import cn.shangwu.audit.template.CheckOptions;

import java.io.ByteArrayOutputStream;

/** Where the whole path spends its time, stage by stage (a diagnostic for F1Bench). */
public final class StageProbe {
    public static void main(String[] args) throws Exception {
        byte[] bytes = Workbooks.filledBlank(SeedForm.load("000-6-zhongda-zhaoshang.tsv")).bytes();
        SelfEvalForm form = SelfEvalForm.project();
        String[] n = {"open", "grids", "report (read+verify)", "evaluateAll", "annotate+write", "plain write"};
        long[] t = new long[n.length];
        for (int i = 0; i < 800; i++) {
            long[] s = new long[n.length + 1];
            s[0] = System.nanoTime();
            Upload u = new Upload("f.xlsx", bytes);
            u.workbook();
            s[1] = System.nanoTime();
            u.grids();
            s[2] = System.nanoTime();
            var r = form.report(u, CheckOptions.DEFAULT);
            s[3] = System.nanoTime();
            u.workbook().getCreationHelper().createFormulaEvaluator().evaluateAll();
            s[4] = System.nanoTime();
            Annotator.annotate(u.workbook(), r.report());
            s[5] = System.nanoTime();
            Upload v = new Upload("f.xlsx", bytes);
            v.workbook().write(new ByteArrayOutputStream());
            s[6] = System.nanoTime();
            if (i >= 300) for (int k = 0; k < n.length; k++) t[k] += s[k + 1] - s[k];
        }
        for (int k = 0; k < n.length; k++) System.out.printf("%-22s %.2f ms%n", n[k], t[k] / 500 / 1e6);
    }
}
