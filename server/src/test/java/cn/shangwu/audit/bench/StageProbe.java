package cn.shangwu.audit.bench;

import cn.shangwu.audit.form.selfeval.SeedForm;
import cn.shangwu.audit.form.selfeval.Workbooks;
import cn.shangwu.audit.read.Upload;

/** Where (b) spends its time, stage by stage (a diagnostic for F1Bench). */
public final class StageProbe {
    public static void main(String[] args) {
        byte[] bytes = Workbooks.filledBlank(SeedForm.load("000-6-zhongda-zhaoshang.tsv")).bytes();
        long[] t = new long[5];
        for (int i = 0; i < 800; i++) {
            long s0 = System.nanoTime();
            Upload u = new Upload("f.xlsx", bytes);
            long s1 = System.nanoTime();
            u.workbook();
            long s2 = System.nanoTime();
            u.grids();
            long s3 = System.nanoTime();
            u.templateId();
            long s4 = System.nanoTime();
            u.workbook().getCreationHelper().createFormulaEvaluator().evaluateAll();
            long s5 = System.nanoTime();
            if (i >= 300) { t[0] += s1 - s0; t[1] += s2 - s1; t[2] += s3 - s2; t[3] += s4 - s3; t[4] += s5 - s4; }
        }
        String[] n = {"upload+sniff+zipcheck", "workbook open", "grids", "templateId", "evaluateAll"};
        for (int i = 0; i < 5; i++) System.out.printf("%-22s %.2f ms%n", n[i], t[i] / 500 / 1e6);
    }
}
