package cn.shangwu.audit.form.selfeval;

import cn.shangwu.audit.template.Checked;
import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every 项目支出绩效自评表 of the seeds (000: 7, 001: 6, 004: 1) and the two 部门整体 forms (001 2023, 002 2021),
 * built as the clerks filed them, with their own numbers and mistakes.
 */
class SeedFormsTest {

    static List<String> f1() { return SeedForm.F1; }

    private static Checked check(String file) {
        return Check.run(Workbooks.copy(SeedForm.load(file)).bytes(), file.replace(".tsv", ".xlsx"));
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertNotNull(actual);
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }

    /** Recomputing each seed's own scores gives its reported 总分, except 004 (9.9 instead of 10, see below). */
    @ParameterizedTest
    @MethodSource("f1")
    void everySeedTableIsReadAndItsTotalRecomputes(String file) {
        Checked c = check(file);
        assertEquals("project-self-eval", c.report().template());
        assertNotNull(c.report().score().verified());
        assertEquals(List.of(), c.report().findings().stream().filter(f -> f.rule().endsWith("weights") || f.rule().endsWith("group-points")
                || f.rule().endsWith("sources-sum") || f.rule().endsWith("full-score") || f.rule().endsWith("not-a-number")).toList(),
                "weights, funds sources and 分值 of the seeds are consistent");
        if (!file.startsWith("004")) assertEquals(List.of(), Check.of(c, "total-score"), Check.describe(c));
        assertTrue(c.facts().containsKey("F1.全年执行数"));
    }

    @Test
    void xiangYueFei_97_91_andTheUnmetContainerTargetScoredFull() {
        var b = Workbooks.copy(SeedForm.load("000-1-xiangyuefei.tsv"));
        Checked c = Check.run(b.bytes(), "湘粤非.xlsx");
        assertAmount("97.91", c.report().score().reported());
        assertEquals(List.of(), Check.of(c, "exec-score"), "5608.95 / 7092.39 = 79.08 % → 7.91");
        assertEquals(List.of(), Check.of(c, "exec-rate"));
        // 730000 个 target against 84640 个 done, yet 10 of 10: the seed's own mistake
        Finding f = Check.at(c, "full-score-unmet", b.cell("ind.0.score"));
        assertEquals(Severity.ERROR, f.severity());
        assertAmount("1.16", f.expected());
        assertEquals(List.of("F1.full-score-unmet@" + b.cell("ind.0.score")), Check.rules(c, Severity.ERROR));
        assertAmount("89.07", c.report().score().verified());
    }

    @Test
    void zhongDaZhaoShang_91_15() {
        var b = Workbooks.copy(SeedForm.load("000-6-zhongda-zhaoshang.tsv"));
        Checked c = Check.run(b.bytes(), "重大招商.xlsx");
        assertAmount("91.15", c.report().score().reported());
        assertAmount("91.15", c.report().score().verified());
        assertEquals(List.of(), Check.rules(c, Severity.ERROR), Check.describe(c));
        // 资金投入率 70.5 % of 20 = 14.1: no finding on that score
        assertTrue(c.report().findings().stream().noneMatch(f -> b.cell("ind.18.score").equals(f.cell())), Check.describe(c));
        // 对埃及进出口增速 10 % → 210.4 %: the target was set too low
        Check.at(c, "target-low", b.cell("ind.14.actual"));
    }

    @Test
    void zhaoShangWaiMao_reportsA26_7PercentRateThatIs25_91() {
        var b = Workbooks.copy(SeedForm.load("000-5-zhaoshang-waimao.tsv"));
        Checked c = Check.run(b.bytes(), "招商外贸.xlsx");
        Finding rate = Check.at(c, "exec-rate", b.cell("exec.rate"));
        assertEquals(Severity.ERROR, rate.severity());
        Finding score = Check.at(c, "exec-score", b.cell("exec.score"));
        assertAmount("2.59", score.expected());
        assertAmount("2.67", score.actual());
        // 资金投入率 26.7 % scored 15 of 20: far from the proportional 5.34
        assertAmount("5.34", Check.at(c, "score-far", b.cell("ind.12.score")).expected());
    }

    @Test
    void cuXiaoFei_fullScoreFor98_7PercentOfATarget() {
        var b = Workbooks.copy(SeedForm.load("001-5-cuxiaofei.tsv"));
        Checked c = Check.run(b.bytes(), "促消费.xlsx");
        assertAmount("3.95", Check.at(c, "full-score-unmet", b.cell("ind.5.score")).expected());
    }

    @Test
    void xiangXi_9_9ForAHundredPercentIsAnError() {
        var b = Workbooks.copy(SeedForm.load("004-xiangxi.tsv"));
        Checked c = Check.run(b.bytes(), "湘西州.xlsx");
        Finding f = Check.at(c, "exec-score", b.cell("exec.score"));
        assertEquals(Severity.ERROR, f.severity());
        assertAmount("10", f.expected());
        assertAmount("9.9", f.actual());
        // 50/30/10 weights (成本 as a 二级 under 产出) read from the headers, not assumed
        assertEquals(List.of(), Check.of(c, "weights"));
        // its 总分 96 is not Σ of its own scores (95.9) — but is what a correct 执行率得分 gives
        assertAmount("95.9", Check.at(c, "total-score", b.cell("total.score")).expected());
        assertAmount("96", c.report().score().verified());
        // 240.4 of 252 亿元, 5.7 of 6 points, no 偏差原因
        Check.at(c, "no-reason", b.cell("ind.10.reason"));
    }

    @Test
    void dept2023_92_45_withBreakdownsAndFacts() {
        var b = Workbooks.copy(SeedForm.load("001-f2-dept.tsv"));
        Checked c = Check.run(b.bytes(), "部门整体2023.xlsx");
        assertEquals("dept-self-eval", c.report().template());
        assertAmount("92.45", c.report().score().reported());
        assertAmount("92.45", c.report().score().verified());
        assertEquals(List.of(), Check.rules(c, Severity.ERROR), Check.describe(c));
        assertEquals(List.of(), Check.of(c, "exec-score"), "3372.72 / 3493.7 = 96.5 % → 9.65");
        Map<String, cn.shangwu.audit.template.Fact> facts = c.facts();
        assertAmount("3372.72", facts.get("F2.全年执行数").value());
        assertEquals(b.cell("exec.executed"), facts.get("F2.全年执行数").cell());
        assertAmount("3493.7", facts.get("F2.全年预算数").value());
        assertAmount("2358.59", facts.get("F2.基本支出.全年执行数").value());
        assertAmount("1014.13", facts.get("F2.项目支出.全年执行数").value());
        // 百余场 cannot be compared with 100 场: left to a person
        Check.at(c, "manual-review", b.cell("ind.3.actual"));
    }

    @Test
    void dept2023_aBreakdownThatNoLongerAddsUpIsAnError() {
        var b = Workbooks.copy(SeedForm.load("001-f2-dept.tsv"));
        byte[] bad = Workbooks.mutate(b.bytes(), b.sheet(), b.cell("part.基本支出"), "其中：基本支出：2300.59", false);
        Checked c = Check.run(bad, "部门整体2023.xlsx");
        Finding f = Check.at(c, "breakdown-sum", b.cell("exec.executed"));
        assertEquals(Severity.ERROR, f.severity());
        assertAmount("3314.72", f.expected());
    }

    @Test
    void dept2021_90_02_andTheYuanAgainstUsdMismatch() {
        var b = Workbooks.copy(SeedForm.load("002-f2-dept.tsv"));
        Checked c = Check.run(b.bytes(), "部门整体2021.xlsx");
        assertEquals("dept-self-eval", c.report().template());
        assertAmount("90.02", c.report().score().reported());
        assertEquals(List.of(), Check.rules(c, Severity.ERROR), Check.describe(c));
        // 内外资到位: 900 亿元 planned, 1793 万美元 reported
        Check.at(c, "unit-mismatch", b.cell("ind.2.actual"));
        // 产出指标 (50分) continues after a page break as 产出指标: one group, 50 points
        assertEquals(List.of(), Check.of(c, "group-points"), Check.describe(c));
    }
}
