package cn.shangwu.audit.form.finalaccounts;

import cn.shangwu.audit.form.basicdata.BasicDataForm;
import cn.shangwu.audit.read.Upload;
import cn.shangwu.audit.template.CheckOptions;
import cn.shangwu.audit.template.Checked;
import cn.shangwu.audit.template.Forms;
import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Severity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import static cn.shangwu.audit.form.finalaccounts.SeedBook.a1;
import static org.junit.jupiter.api.Assertions.*;

/** 001 附件1 基础数据表 as printed: its one real inconsistency (市级专项资金 决算 6113.07 vs Σ专项 6160.07) at its cell. */
class BasicDataSeedTest {
    private final BasicDataForm form = new BasicDataForm();

    static SeedBook seed() {
        return SeedBook.single("/seeds/001-basic-data.tsv", "附件1");
    }

    private Checked check(SeedBook b) {
        return form.check(new Upload("基础数据表.xlsx", b.xlsx()), CheckOptions.DEFAULT);
    }

    private static String dump(Checked c) {
        return c.report().findings().stream().map(f -> f.severity() + " " + f.rule() + " " + f.sheet() + "!" + f.cell() + " " + f.message())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void blankCarriesItsIdAndChecksClean() {
        Upload u = new Upload("blank.xlsx", form.blank());
        assertEquals("dept-basic-data", u.templateId());
        assertEquals("dept-basic-data", Forms.standard().recognize(u).id());
        Checked c = form.check(u, CheckOptions.DEFAULT);
        assertEquals(0, c.report().count(Severity.ERROR), dump(c));
        assertTrue(c.facts().containsKey("F3.三公经费.本年决算数"));
    }

    @Test
    void isRecognisedByItsTitle() {
        assertEquals("dept-basic-data", Forms.standard().recognize(new Upload("x.xlsx", seed().xlsx())).id());
        assertEquals("final-accounts", Forms.standard().recognize(new Upload("x.xlsx", SeedBook.finalAccounts("001").xlsx())).id());
    }

    @Test
    void theSeedsSpecialFundsDoNotAddUpInTheFinalColumnAndNothingElseIsWrong() {
        SeedBook b = seed();
        Checked c = check(b);
        List<Finding> errors = c.report().findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertEquals(1, errors.size(), dump(c));
        Finding f = errors.get(0);
        int[] at = b.find("附件1", "3、市级专项资金（一个专项一行）");
        assertEquals("F3.special", f.rule());
        assertEquals(a1(at[0], 3), f.cell(), dump(c));
        assertEquals(new BigDecimal("6113.07"), f.actual());
        assertEquals(new BigDecimal("6160.07"), f.expected());
        assertEquals(9, f.cells().size());
        assertEquals(new BigDecimal("46.05"), c.facts().get("F3.三公经费.本年决算数").value());
        assertEquals(new BigDecimal("886.45"), c.facts().get("F3.公用经费.本年决算数").value());
    }

    @Test
    void aBrokenSanGongSumAndAWrongRateAreCaught() {
        SeedBook b = seed();
        int[] row = b.find("附件1", "3、公务接待");
        b.set("附件1", row[0], 2, "21.12");
        int[] rate = b.find("附件1", "98.4%");
        b.set("附件1", rate[0], rate[1], "96.8%");
        Checked c = check(b);
        int[] total = b.find("附件1", "三公经费");
        assertTrue(c.report().findings().stream().anyMatch(f -> f.rule().equals("F3.sangong") && f.severity() == Severity.ERROR
                && f.cell().equals(a1(total[0], 2))), dump(c));
        assertTrue(c.report().findings().stream().anyMatch(f -> f.rule().equals("F3.staff-rate") && f.severity() == Severity.ERROR
                && f.cell().equals(a1(rate[0], rate[1]))), dump(c));
    }
}
