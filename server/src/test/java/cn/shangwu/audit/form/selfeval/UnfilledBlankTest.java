package cn.shangwu.audit.form.selfeval;

import cn.shangwu.audit.read.Upload;
import cn.shangwu.audit.template.CheckOptions;
import cn.shangwu.audit.template.Form;
import cn.shangwu.audit.template.Forms;
import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A clerk who uploads the blank unchanged is told once that nothing was filled in, not given a weight error per 一级指标. */
class UnfilledBlankTest {

    @Test
    void anUnchangedBlankGivesOneClearErrorAndNoScore() {
        for (String id : List.of("project-self-eval", "dept-self-eval")) {
            Form form = Forms.standard().byId(id).orElseThrow();
            var report = Forms.standard().check(new Upload("空白.xlsx", form.blank()), CheckOptions.DEFAULT).report();
            List<Finding> errors = report.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
            assertEquals(1, errors.size(), id + ": " + report.findings());
            assertTrue(errors.get(0).rule().endsWith(".unfilled"), errors.get(0).rule());
            assertTrue(errors.get(0).message().contains("尚未填写"), errors.get(0).message());
            assertNotNull(errors.get(0).cell(), "points at the funds block");
            assertNull(report.score().verified(), "nothing to score");
        }
    }
}
