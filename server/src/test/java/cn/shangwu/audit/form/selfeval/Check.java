package cn.shangwu.audit.form.selfeval;

import cn.shangwu.audit.read.Upload;
import cn.shangwu.audit.template.CheckOptions;
import cn.shangwu.audit.template.Checked;
import cn.shangwu.audit.template.Forms;
import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Severity;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** Test helpers: check a built workbook through the registry and look at its findings. */
final class Check {
    private Check() {}

    static Checked run(byte[] bytes, String filename) {
        return Forms.standard().check(new Upload(filename, bytes), CheckOptions.DEFAULT);
    }

    static Checked run(byte[] bytes, String filename, String policy) {
        return Forms.standard().check(new Upload(filename, bytes), new CheckOptions(policy, null));
    }

    static List<Finding> of(Checked c, String ruleSuffix) {
        return c.report().findings().stream().filter(f -> f.rule().endsWith("." + ruleSuffix)).toList();
    }

    /** Exactly one finding of the rule, at the cell. */
    static Finding at(Checked c, String ruleSuffix, String cell) {
        List<Finding> fs = of(c, ruleSuffix);
        assertTrue(fs.stream().anyMatch(f -> cell.equals(f.cell())),
                "expected " + ruleSuffix + " at " + cell + ", got " + describe(c));
        return fs.stream().filter(f -> cell.equals(f.cell())).findFirst().orElseThrow();
    }

    static List<String> rules(Checked c, Severity s) {
        return c.report().findings().stream().filter(f -> f.severity() == s).map(f -> f.rule() + "@" + f.cell()).sorted().toList();
    }

    static String describe(Checked c) {
        return c.report().findings().stream().map(f -> f.severity() + " " + f.rule() + "@" + f.cell() + " " + f.message())
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }
}
