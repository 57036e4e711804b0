package cn.shangwu.audit.form.selfeval;

import cn.shangwu.audit.score.Evaluation;
import cn.shangwu.audit.score.Policy;
import cn.shangwu.audit.score.Scorer;
import cn.shangwu.audit.score.Target;
import cn.shangwu.audit.score.TargetParser;
import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Score;
import cn.shangwu.audit.verify.Tolerance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Verifies and re-scores a read self-evaluation (DOMAIN.md, Verification and Scoring): the funds block, the
 * weights, each indicator against its target, the 总分 and the grade. Returns the recomputed score.
 */
public final class SelfEvalVerifier {
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal NINETY = BigDecimal.valueOf(90);
    private static final BigDecimal HALF_CENT = Tolerance.halfUnit(2);
    private static final Map<String, String> COLUMN_NAMES = Map.of("planned", "年初预算数", "budget", "全年预算数", "executed", "全年执行数");

    private final Rules rules;

    public SelfEvalVerifier(Rules rules) {
        this.rules = rules;
    }

    public Score verify(SelfEval f, Policy policy, List<Finding> out) {
        if (unfilled(f)) {
            // An unchanged blank: one clear finding instead of a weight error per 一级指标; nothing to score.
            Val budget = f.funds().total().get("budget");
            out.add(rules.finding("unfilled", f.sheet(), budget == null ? null : budget.a1(), null));
            return new Score(null, null, null);
        }
        BigDecimal execScore = funds(f, out);
        sources(f, out);
        breakdowns(f, out);
        partRates(f, out);
        weights(f, out);
        BigDecimal indicators = BigDecimal.ZERO, reportedSum = f.funds().total().get("score") == null ? null : f.funds().total().get("score").value();
        int parts = 1;
        for (SelfEval.Indicator i : f.indicators()) {
            indicators = indicators.add(indicator(f, i, policy, out));
            if (i.score().present()) {
                reportedSum = reportedSum == null ? i.score().value() : reportedSum.add(i.score().value());
                parts++;
            }
        }
        BigDecimal verified = execScore.add(indicators).setScale(2, RoundingMode.HALF_UP);
        BigDecimal reported = total(f, reportedSum, out);
        return new Score(plain(reported), plain(verified), Score.grade(verified));
    }

    /** No amount in the funds block and nothing typed in any indicator row. */
    private static boolean unfilled(SelfEval f) {
        for (String column : List.of("budget", "executed")) {
            Val v = f.funds().total().get(column);
            if (v != null && v.present()) return false;
        }
        for (SelfEval.Indicator i : f.indicators())
            if (i.score().present() || i.points().present() || notBlank(i.target()) || notBlank(i.actual())) return false;
        return true;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    /** 100 rather than 1E+2 or 100.00. */
    private static BigDecimal plain(BigDecimal v) {
        return v == null ? null : new BigDecimal(v.stripTrailingZeros().toPlainString());
    }

    /** 执行率 = 全年执行数 / 全年预算数; 得分 = 分值 × min(执行率, 1); returns the verified 得分. */
    private BigDecimal funds(SelfEval f, List<Finding> out) {
        SelfEval.FundsRow t = f.funds().total();
        Val budget = t.get("budget"), executed = t.get("executed"), points = t.get("points"), rate = t.get("rate"), score = t.get("score");
        BigDecimal p = TEN;
        if (points != null && points.present()) {
            if (points.value().compareTo(TEN) != 0)
                out.add(rules.finding("exec-points", f.sheet(), points.a1(), TEN, points.value(), null, null));
        }
        if (budget == null || !budget.present() || budget.value().signum() <= 0 || executed == null || !executed.present()) {
            if (budget != null && budget.present() && budget.value().signum() <= 0 && executed != null && executed.present() && executed.value().signum() > 0)
                return p;
            return BigDecimal.ZERO;
        }
        BigDecimal r = executed.value().divide(budget.value(), MathContext.DECIMAL64);
        BigDecimal rateTol = rate(f, r, rate, executed, budget, out);
        BigDecimal exact = p.multiply(r.min(BigDecimal.ONE));
        BigDecimal expected = exact.setScale(2, RoundingMode.HALF_UP);
        if (score != null && score.present()) {
            BigDecimal tol = HALF_CENT.add(p.multiply(rateTol));
            if (!Tolerance.within(score.value(), exact, tol))
                out.add(rules.finding("exec-score", f.sheet(), score.a1(), expected, score.value(), null, null)
                        .withTolerance(tol).withCells(List.of(executed.a1(), budget.a1())));
        }
        return expected;
    }

    /** Checks a reported 执行率 against the quotient r; returns its tolerance when it holds, zero otherwise (or when absent). */
    private BigDecimal rate(SelfEval f, BigDecimal r, Val rate, Val executed, Val budget, List<Finding> out) {
        BigDecimal rateTol = BigDecimal.ZERO;
        if (rate != null && rate.present()) {
            BigDecimal reported = rate.value();
            // A percent shows at least one decimal of precision in practice (79.1%, 100%): never looser than ±0.05 %.
            int decimals = rate.amount().decimals();
            // A rate typed as 79.1 into an unformatted cell means 79.1 %: one decimal of a percent is three of the fraction.
            if (!rate.amount().percent() && reported.compareTo(new BigDecimal("1.5")) > 0) {
                reported = reported.movePointLeft(2);
                decimals += 2;
            }
            decimals = Math.max(decimals, 3);
            BigDecimal tol = Tolerance.halfUnit(Math.max(decimals, 0)).max(new BigDecimal("0.0000005"));
            if (!Tolerance.within(reported, r, tol)) {
                Finding fd = rules.finding("exec-rate", f.sheet(), rate.a1(), pct(r), pct(reported), null, null)
                        .withTolerance(tol).withCells(List.of(executed.a1(), budget.a1()));
                out.add(new Finding(fd.rule(), fd.severity(), fd.sheet(), fd.cell(), fd.message(), r.setScale(6, RoundingMode.HALF_UP),
                        reported, tol, fd.cells()));
            } else {
                rateTol = tol;
            }
        }
        return rateTol;
    }

    /** A source or breakdown row that shows its own 执行率 (and 分值/得分) is held to the same arithmetic as the total row. */
    private void partRates(SelfEval f, List<Finding> out) {
        List<SelfEval.FundsRow> rows = new ArrayList<>(f.funds().sources());
        for (SelfEval.Breakdown b : f.funds().breakdowns()) rows.addAll(b.parts());
        for (SelfEval.FundsRow row : rows) {
            Val budget = row.get("budget"), executed = row.get("executed"), points = row.get("points"), rate = row.get("rate"), score = row.get("score");
            if (budget == null || !budget.present() || budget.value().signum() <= 0 || executed == null || !executed.present()) continue;
            BigDecimal r = executed.value().divide(budget.value(), MathContext.DECIMAL64);
            BigDecimal rateTol = rate(f, r, rate, executed, budget, out);
            if (points == null || !points.present() || score == null || !score.present()) continue;
            BigDecimal exact = points.value().multiply(r.min(BigDecimal.ONE));
            BigDecimal tol = HALF_CENT.add(points.value().abs().multiply(rateTol));
            if (!Tolerance.within(score.value(), exact, tol))
                out.add(rules.finding("exec-score", f.sheet(), score.a1(), exact.setScale(2, RoundingMode.HALF_UP), score.value(), null, null)
                        .withTolerance(tol).withCells(List.of(points.a1(), executed.a1(), budget.a1())));
        }
    }

    private static BigDecimal pct(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    }

    /** The source rows (当年财政拨款, 上年结转资金, 其他资金) add up to 年度资金总额 in each amount column. */
    private void sources(SelfEval f, List<Finding> out) {
        List<SelfEval.FundsRow> src = f.funds().sources();
        if (src.stream().noneMatch(s -> s.label().equals("当年财政拨款"))) return;
        sum(f, "sources-sum", null, src, out);
    }

    private void breakdowns(SelfEval f, List<Finding> out) {
        for (SelfEval.Breakdown b : f.funds().breakdowns())
            if (b.name() != null || b.parts().size() >= 2) sum(f, "breakdown-sum", b.name(), b.parts(), out);
    }

    private void sum(SelfEval f, String rule, String name, List<SelfEval.FundsRow> parts, List<Finding> out) {
        SelfEval.FundsRow t = f.funds().total();
        for (String col : COLUMN_NAMES.keySet().stream().sorted().toList()) {
            Val total = t.get(col);
            if (total == null) continue;
            BigDecimal s = BigDecimal.ZERO;
            int n = 0;
            List<String> cells = new ArrayList<>();
            for (SelfEval.FundsRow p : parts) {
                Val v = p.get(col);
                if (v != null && v.present()) {
                    s = s.add(v.value());
                    n++;
                    cells.add(v.a1());
                }
            }
            if (n == 0) continue;
            BigDecimal tv = total.present() ? total.value() : BigDecimal.ZERO;
            BigDecimal tol = Tolerance.forSum(n, 2);
            if (!Tolerance.within(tv, s, tol)) {
                String label = name == null ? COLUMN_NAMES.get(col) : name;
                out.add(rules.finding(rule, f.sheet(), total.a1(), s, tv, label, COLUMN_NAMES.get(col))
                        .withTolerance(tol).withCells(cells));
            }
        }
    }

    /** The 一级 weights add up to 90, and the 分值 under each add up to its weight. */
    private void weights(SelfEval f, List<Finding> out) {
        if (f.groups().isEmpty()) return;
        BigDecimal sum = BigDecimal.ZERO;
        StringBuilder list = new StringBuilder();
        for (SelfEval.Group g : f.groups()) {
            if (!list.isEmpty()) list.append('、');
            list.append(g.name()).append(g.weight() == null ? "（未写分值）" : "（" + g.weight().stripTrailingZeros().toPlainString() + "分）");
            if (g.weight() != null) sum = sum.add(g.weight());
        }
        SelfEval.Group first = f.groups().get(0);
        boolean unweighted = f.groups().stream().anyMatch(g -> g.weight() == null);
        if (unweighted || sum.compareTo(NINETY) != 0)
            out.add(rules.finding("weights", f.sheet(), cn.shangwu.audit.annotate.Annotator.a1(first.row(), first.col()), NINETY, sum, list.toString(), null));
        for (SelfEval.Group g : f.groups()) {
            if (g.weight() == null) continue;
            BigDecimal pts = BigDecimal.ZERO;
            List<String> cells = new ArrayList<>();
            for (SelfEval.Indicator i : f.indicators())
                if (g.name().equals(i.group()) && i.points().present()) {
                    pts = pts.add(i.points().value());
                    cells.add(i.points().a1());
                } else if (g.name().equals(i.group()) && i.points().a1() != null) {
                    cells.add(i.points().a1()); // a blank 分值 is where the missing points most likely belong
                }
            if (pts.compareTo(g.weight()) != 0)
                out.add(rules.finding("group-points", f.sheet(), cn.shangwu.audit.annotate.Annotator.a1(g.row(), g.col()), pts, g.weight(), g.name(), null)
                        .withCells(cells));
        }
    }

    /** One indicator: 得分 ≤ 分值, target met or not, reference score, 偏差原因; returns its verified score. */
    private BigDecimal indicator(SelfEval f, SelfEval.Indicator i, Policy policy, List<Finding> out) {
        String label = i.level3().isEmpty() ? i.level2() : i.level3();
        BigDecimal points = i.points().present() ? i.points().value() : null;
        BigDecimal score = i.score().present() ? i.score().value() : null;
        if (points == null) return score == null ? BigDecimal.ZERO : score;
        if (score != null && score.compareTo(points) > 0)
            out.add(rules.finding("score-max", f.sheet(), i.score().a1(), points, score, label, null));
        Target target = TargetParser.parse(i.target());
        Evaluation e = Scorer.evaluate(target, i.actual(), points, policy);
        String actualCell = cn.shangwu.audit.annotate.Annotator.a1(i.row(), Math.max(i.actualCol(), 0));
        BigDecimal verified = score == null ? BigDecimal.ZERO : score.min(points);
        BigDecimal far = points.multiply(new BigDecimal("0.1")).max(new BigDecimal("0.5"));
        switch (e.status()) {
            case MET -> {
                if (e.overshoot()) out.add(rules.finding("target-low", f.sheet(), actualCell, null, null, label, null));
                if (score != null && points.subtract(score).compareTo(far) > 0)
                    out.add(rules.finding("score-far", f.sheet(), i.score().a1(), points, score, label, "已完成目标"));
            }
            case UNMET -> {
                BigDecimal ref = e.reference();
                if (score != null && score.compareTo(points) >= 0) {
                    out.add(rules.finding("full-score-unmet", f.sheet(), i.score().a1(), ref, score, label, e.note())
                            .withCells(List.of(cn.shangwu.audit.annotate.Annotator.a1(i.row(), i.targetCol()), actualCell)));
                    verified = ref;
                } else if (score != null && score.subtract(ref).abs().compareTo(far) > 0) {
                    out.add(rules.finding("score-far", f.sheet(), i.score().a1(), ref, score, label, e.note() + "，" + policy.describe()));
                }
            }
            case UNIT_MISMATCH -> out.add(rules.finding("unit-mismatch", f.sheet(), actualCell, null, null, label, e.note()));
            case REVIEW -> out.add(rules.finding("manual-review", f.sheet(), actualCell, null, null, label, e.note()));
        }
        if (score != null && score.compareTo(points) < 0 && i.reason().isBlank())
            out.add(rules.finding("no-reason", f.sheet(), cn.shangwu.audit.annotate.Annotator.a1(i.row(), Math.max(i.reasonCol(), 0)),
                    points, score, label, null));
        return verified;
    }

    /** 分值 100, 得分 = Σ, the grade; returns the reported 总分. */
    private BigDecimal total(SelfEval f, BigDecimal reportedSum, List<Finding> out) {
        SelfEval.Total t = f.total();
        if (t == null) {
            out.add(rules.finding("missing-total", f.sheet(), null, null));
            return reportedSum;
        }
        if (t.points().present() && t.points().value().compareTo(HUNDRED) != 0)
            out.add(rules.finding("full-score", f.sheet(), t.points().a1(), HUNDRED, t.points().value(), null, null));
        BigDecimal reported = t.score().present() ? t.score().value() : null;
        if (reported != null && reportedSum != null && !Tolerance.within(reported, reportedSum, HALF_CENT))
            out.add(rules.finding("total-score", f.sheet(), t.score().a1(), reportedSum, reported, null, null).withTolerance(HALF_CENT));
        if (t.grade() != null && !t.grade().isEmpty() && reported != null) {
            String expected = Score.grade(reported);
            if (!t.grade().startsWith(expected)) {
                out.add(rules.text("grade", f.sheet(), cn.shangwu.audit.annotate.Annotator.a1(t.gradeRow(), t.gradeCol()),
                        Map.of("expected", expected, "label", reported.toPlainString(), "actual", t.grade())));
            }
        }
        return reported == null ? reportedSum : reported;
    }
}
