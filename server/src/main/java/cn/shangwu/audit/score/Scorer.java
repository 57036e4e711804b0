package cn.shangwu.audit.score;

import cn.shangwu.audit.read.Grid;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/** Judges one indicator: parses target and actual, decides met/unmet and the reference score by the policy. */
public final class Scorer {
    private Scorer() {}

    private static final List<String> AFFIRM = List.of("完成", "是", "提升", "提高", "有效", "良好", "达到", "达标", "符合",
            "合格", "增强", "推进", "助力", "维护", "指导", "准确", "优化", "促进", "保障", "满意", "稳定", "增长", "落实",
            "实现", "改善", "加强", "传播", "有力", "无事故", "无重大", "及时", "按时", "规范");
    private static final List<String> DENY = List.of("未完成", "未达", "未能", "没有", "否", "无法", "不达", "不合格");

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    public static Evaluation evaluate(Target target, String actualText, BigDecimal weight, Policy policy) {
        String actual = actualText == null ? "" : actualText.strip();
        if (actual.isEmpty()) return new Evaluation(Evaluation.Status.REVIEW, null, null, false, "实际完成值为空");
        if (Grid.squash(actual).equals(Grid.squash(target.raw())))
            return new Evaluation(Evaluation.Status.MET, BigDecimal.ONE, weight, false, "与指标值一致");
        if (!target.quantitative()) return qualitative(target, actual, weight);
        Quantity a = Quantity.parse(actual);
        if (a == null) return new Evaluation(Evaluation.Status.REVIEW, null, null, false, "实际完成值“" + actual + "”不是数值，需人工判断");
        Quantity t = target.quantity();
        Unit tu = t.unit(), au = a.unit();
        if (!tu.comparableWith(au))
            return new Evaluation(Evaluation.Status.UNIT_MISMATCH, null, null, false,
                    "指标值单位“" + tu.name() + "”与完成值单位“" + au.name() + "”不可比");
        BigDecimal tv = baseOf(t, a), av = baseOf(a, t);
        Comparator cmp = target.comparator();
        boolean smallerBetter = cmp == Comparator.LE || cmp == Comparator.LT
                || (cmp == Comparator.EQ && (tu.smallerIsBetter() || au.smallerIsBetter()));
        boolean met;
        BigDecimal completion;
        if (smallerBetter) {
            met = cmp == Comparator.LT ? av.compareTo(tv) < 0 : av.compareTo(tv) <= 0;
            completion = met ? BigDecimal.ONE : ratio(tv, av);
        } else {
            BigDecimal lower = cmp == Comparator.ABOUT ? tv.multiply(new BigDecimal("0.9")) : tv;
            met = cmp == Comparator.GT ? av.compareTo(tv) > 0 : av.compareTo(lower) >= 0;
            completion = met ? BigDecimal.ONE : ratio(av, tv);
        }
        BigDecimal top = target.upper() != null ? baseOf(target.upper(), a) : tv;
        boolean overshoot = !smallerBetter && top.signum() > 0 && av.compareTo(top.multiply(TWO)) > 0;
        if (met) return new Evaluation(Evaluation.Status.MET, BigDecimal.ONE, weight, overshoot, "已完成");
        return new Evaluation(Evaluation.Status.UNMET, completion, policy.reference(weight, completion), false,
                "完成率 " + completion.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%");
    }

    /** A value in base units; a unitless number takes the other side's unit (≥60家 against "60"). */
    private static BigDecimal baseOf(Quantity q, Quantity other) {
        if (q.unit() == Unit.NONE && other.unit() != Unit.NONE && other.unit() != Unit.PERCENT)
            return q.value().multiply(other.unit().factor());
        if (q.unit() == Unit.NONE && other.unit() == Unit.PERCENT) return q.value().movePointLeft(2);
        return q.base();
    }

    private static BigDecimal ratio(BigDecimal num, BigDecimal den) {
        if (den.signum() <= 0 || num.signum() < 0) return BigDecimal.ZERO;
        return num.divide(den, MathContext.DECIMAL64).min(BigDecimal.ONE);
    }

    private static Evaluation qualitative(Target target, String actual, BigDecimal weight) {
        String a = Grid.squash(actual);
        for (String d : DENY) if (a.contains(d)) return new Evaluation(Evaluation.Status.REVIEW, null, null, false, "完成情况含否定表述，需人工判断");
        for (String w : AFFIRM) if (a.contains(w)) return new Evaluation(Evaluation.Status.MET, BigDecimal.ONE, weight, false, "定性指标已完成");
        return new Evaluation(Evaluation.Status.REVIEW, null, null, false, "定性指标“" + target.raw() + "”，完成情况“" + actual + "”需人工判断");
    }
}
