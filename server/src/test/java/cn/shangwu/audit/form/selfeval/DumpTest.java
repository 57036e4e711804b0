package cn.shangwu.audit.form.selfeval;

import cn.shangwu.audit.read.Upload;
import cn.shangwu.audit.template.CheckOptions;
import cn.shangwu.audit.template.Forms;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

class DumpTest {
    @Test
    void dump() {
        List<String> all = new ArrayList<>(SeedForm.F1);
        all.addAll(SeedForm.F2);
        for (String f : all) {
            var b = Workbooks.copy(SeedForm.load(f));
            var c = Forms.standard().check(new Upload(f + ".xlsx", b.bytes()), CheckOptions.DEFAULT);
            System.out.println("=== " + f + " " + c.report().template() + " " + c.report().score() + " facts=" + c.facts());
            c.report().findings().forEach(x -> System.out.println("  " + x.severity() + " " + x.rule() + " " + x.cell() + " " + x.message()));
        }
    }
}
