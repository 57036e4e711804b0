package cn.shangwu.audit.score;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.*;

/** Targets as the seeds write them, judged against their actuals. */
class ScorerTest {
    private static Evaluation eval(String target, String actual, String points, String policy) {
        return Scorer.evaluate(TargetParser.parse(target), actual, new BigDecimal(points), Policy.parse(policy));
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "200 个以上|GE|200",
            "≥ 90%|GE|0.9",
            "》90%|GE|0.9",
            ">2000 辆|GT|2000",
            "≤ 960 万|LE|9600000",
            "不低于 95%|GE|0.95",
            "不超过 5 天|LE|5",
            "不高于 3%|LE|0.03",
            "20%左右|ABOUT|0.2",
            "6—8 个|RANGE|6",
            "3 亿美元|EQ|300000000",
            "4000 万美元以上|GE|40000000",
            "12.98 亿|EQ|1298000000",
            "108 平方米|EQ|108",
            "10 人以上|GE|10",
            "6 人次|EQ|6",
            "30 标箱以下|LE|30"})
    void parsesComparatorNumberAndUnit(String text, Comparator cmp, String base) {
        Target t = TargetParser.parse(text);
        assertTrue(t.quantitative(), text);
        assertEquals(cmp, t.comparator(), text);
        assertEquals(0, new BigDecimal(base).compareTo(t.quantity().base()), text + " base " + t.quantity().base());
    }

    @ParameterizedTest
    @CsvSource({"提升", "按计划完成", "2023 年内", "半年内", "快速通关", "2021年1月-12月", "一年"})
    void textTargetsAreQualitative(String text) {
        assertFalse(TargetParser.parse(text).quantitative(), text);
    }

    @Test
    void rangesAreMetFromTheirLowerBound() {
        assertEquals(Evaluation.Status.MET, eval("6—8 个", "6 个", "7", "proportional").status());
        assertEquals(Evaluation.Status.UNMET, eval("6—8 个", "3 个", "7", "proportional").status());
        assertEquals(0, new BigDecimal("3.5").compareTo(eval("6—8 个", "3 个", "7", "proportional").reference()));
    }

    @Test
    void proportionalAndLinearReferenceScores() {
        // 000 重大招商: 资金投入率 100 % planned, 70.5 % done, 20 points → 14.1
        assertEquals(0, new BigDecimal("14.1").compareTo(eval("100%", "70.5%", "20", "proportional").reference()));
        // 003's rule: 每降低1%扣0.2分 — 29.5 % short of 20 points → 20 − 5.9
        assertEquals(0, new BigDecimal("14.1").compareTo(eval("100%", "70.5%", "20", "linear-0.2").reference()));
        assertEquals(0, new BigDecimal("9.8").compareTo(eval("100%", "99%", "10", "linear-0.2").reference()));
        assertEquals(0, BigDecimal.ZERO.compareTo(eval("100%", "10%", "10", "linear-0.2").reference()), "扣完为止");
    }

    @Test
    void atMostTargetsAreScoredTheOtherWayRound() {
        assertEquals(Evaluation.Status.MET, eval("≤ 960 万", "960 万", "10", "proportional").status());
        Evaluation over = eval("≤ 800 万", "1000 万", "10", "proportional");
        assertEquals(Evaluation.Status.UNMET, over.status());
        assertEquals(0, new BigDecimal("8").compareTo(over.reference()));
    }

    @Test
    void wanAndYiConvert() {
        assertEquals(Evaluation.Status.MET, eval("≥ 3 亿元", "3.43 亿元", "10", "proportional").status());
        assertEquals(Evaluation.Status.MET, eval("30000 万元", "3.2 亿元", "10", "proportional").status());
        assertEquals(Evaluation.Status.UNMET, eval("4000 万美元以上", "1625 万美元", "4", "proportional").status());
        assertEquals(0, new BigDecimal("1.63").compareTo(eval("4000 万美元以上", "1625 万美元", "4", "proportional").reference()));
    }

    @Test
    void unitFamiliesThatCannotBeComparedAreFlagged() {
        assertEquals(Evaluation.Status.UNIT_MISMATCH, eval("900 亿元", "1793 万美元", "3", "proportional").status());
        assertEquals(Evaluation.Status.UNIT_MISMATCH, eval("90%", "95 家", "3", "proportional").status());
    }

    @Test
    void overshootMeansTheTargetWasSetTooLow() {
        assertTrue(eval("10%", "210.4%", "4", "proportional").overshoot());
        assertFalse(eval("10%", "19%", "4", "proportional").overshoot());
        assertFalse(eval("≤ 10 天", "30 天", "4", "proportional").overshoot());
    }

    @Test
    void qualitativeTargetsAreMetByAffirmingWordsElseReviewed() {
        assertEquals(Evaluation.Status.MET, eval("提高", "完成", "5", "proportional").status());
        assertEquals(Evaluation.Status.MET, eval("是", "是", "4", "proportional").status());
        assertEquals(Evaluation.Status.REVIEW, eval("按计划完成", "未完成", "4", "proportional").status());
        assertEquals(Evaluation.Status.REVIEW, eval("100 场", "百余场", "4", "proportional").status());
        assertEquals(Evaluation.Status.REVIEW, eval("快速通关", "7×24 小时智能无感通关", "10", "proportional").status());
    }

    @Test
    void timeTargetsWrittenAsEqualsPreferLess() {
        assertEquals(Evaluation.Status.MET, eval("3 天", "2 天", "10", "proportional").status());
        assertEquals(Evaluation.Status.UNMET, eval("3 天", "6 天", "10", "proportional").status());
    }

    @Test
    void anUnknownPolicyIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Policy.parse("lenient"));
        assertThrows(IllegalArgumentException.class, () -> Policy.parse("linear-x"));
    }
}
