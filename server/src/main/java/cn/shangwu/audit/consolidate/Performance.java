package cn.shangwu.audit.consolidate;

import cn.shangwu.audit.store.Submission;
import cn.shangwu.audit.template.Fact;
import cn.shangwu.audit.verify.Score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.*;

/**
 * 绩效汇总 figures: a row per unit and project (F1), unit subtotals, the fund-weighted score
 * (Σ 复核总分 × 资金占比, as 003 附件3-1) and the units ranked by it.
 * <p>
 * What it reads from an F1 filing: the project name from the report's meta ({@code project}, else {@code 项目支出名称}),
 * the funds from its facts ({@code F1.全年预算数}, {@code F1.全年执行数}; else the first key ending in 全年预算数 /
 * 全年执行数), the scores, grade and finding counts from the submission row.
 */
public final class Performance {
    public static final String BUDGET = "F1.全年预算数";
    public static final String EXECUTED = "F1.全年执行数";

    /** What one filing contributes. */
    public record Line(Selection.Used used, String project, BigDecimal budget, BigDecimal executed) {}

    private final List<Rows.Performance> rows = new ArrayList<>();
    private final List<Rows.Rank> ranking = new ArrayList<>();
    private final BigDecimal totalBudget;
    private final BigDecimal totalExecuted;
    private final BigDecimal weightedScore;
    private final Map<String, Integer> grades = new LinkedHashMap<>();

    public Performance(List<Line> lines) {
        BigDecimal tb = BigDecimal.ZERO, te = BigDecimal.ZERO;
        for (Line l : lines) {
            if (l.budget() != null) tb = tb.add(l.budget());
            if (l.executed() != null) te = te.add(l.executed());
        }
        totalBudget = tb;
        totalExecuted = te;
        for (String g : List.of("优", "良", "中", "差")) grades.put(g, 0);
        // Lines arrive in tree order; keep units together, projects by name within a unit.
        Map<String, List<Line>> byUnit = new LinkedHashMap<>();
        for (Line l : lines) byUnit.computeIfAbsent(l.used().unit().code(), k -> new ArrayList<>()).add(l);
        BigDecimal weighted = BigDecimal.ZERO;
        int seq = 0;
        List<Rows.Rank> unranked = new ArrayList<>();
        for (List<Line> unit : byUnit.values()) {
            unit.sort(Comparator.comparing(l -> l.project() == null ? "" : l.project()));
            BigDecimal ub = BigDecimal.ZERO, ue = BigDecimal.ZERO, product = BigDecimal.ZERO, share = BigDecimal.ZERO, uw = BigDecimal.ZERO;
            int errors = 0, warnings = 0;
            for (Line l : unit) {
                Submission s = l.used().submission();
                BigDecimal verified = s.scoreVerified();
                BigDecimal sh = l.budget() == null || tb.signum() == 0 ? null : l.budget().divide(tb, 10, RoundingMode.HALF_UP);
                BigDecimal w = verified == null || sh == null ? null : verified.multiply(sh);
                String grade = s.grade() != null ? s.grade() : Score.grade(verified);
                if (grade != null) grades.merge(grade, 1, Integer::sum);
                rows.add(new Rows.Performance(String.valueOf(++seq), s.unitCode(), l.used().unit().name(), l.project(), l.budget(),
                        l.executed(), rate(l.executed(), l.budget()), s.scoreReported(), verified, grade, s.errors(), s.warnings(),
                        sh, w, false));
                if (l.budget() != null) ub = ub.add(l.budget());
                if (l.executed() != null) ue = ue.add(l.executed());
                if (l.budget() != null && verified != null) product = product.add(verified.multiply(l.budget()));
                if (sh != null) share = share.add(sh);
                if (w != null) uw = uw.add(w);
                errors += s.errors();
                warnings += s.warnings();
            }
            weighted = weighted.add(uw);
            Selection.Used first = unit.get(0).used();
            BigDecimal unitScore = ub.signum() == 0 ? null : product.divide(ub, 2, RoundingMode.HALF_UP);
            rows.add(new Rows.Performance("", first.unit().code(), first.unit().name(), "小计", ub, ue, rate(ue, ub), null, unitScore,
                    Score.grade(unitScore), errors, warnings, share, uw, true));
            unranked.add(new Rows.Rank(0, first.unit().code(), first.unit().name(), unit.size(), ub, ue, rate(ue, ub), unitScore,
                    Score.grade(unitScore)));
        }
        weightedScore = lines.isEmpty() ? null : weighted.setScale(2, RoundingMode.HALF_UP);
        unranked.sort(Comparator.comparing(Rows.Rank::score, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Rows.Rank::code));
        for (int i = 0; i < unranked.size(); i++) {
            Rows.Rank r = unranked.get(i);
            // Competition ranking: equal scores share a rank.
            Rows.Rank prev = i == 0 ? null : unranked.get(i - 1);
            int rank = prev != null && r.score() != null && prev.score() != null && r.score().compareTo(prev.score()) == 0
                    ? ranking.get(i - 1).rank() : i + 1;
            ranking.add(new Rows.Rank(rank, r.code(), r.name(), r.projects(), r.budget(), r.executed(), r.rate(), r.score(), r.grade()));
        }
    }

    static BigDecimal rate(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) return null;
        return part.divide(whole, 6, RoundingMode.HALF_UP);
    }

    /** The named figure, or the first one (by key) whose key ends with the label. */
    static BigDecimal fact(Map<String, Fact> facts, String key) {
        Fact f = facts.get(key);
        if (f != null) return f.value();
        String label = key.substring(key.indexOf('.') + 1);
        return facts.entrySet().stream().filter(e -> e.getKey().endsWith(label)).sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue().value()).filter(Objects::nonNull).findFirst().orElse(null);
    }

    public List<Rows.Performance> rows() { return rows; }
    public List<Rows.Rank> ranking() { return ranking; }
    public BigDecimal totalBudget() { return totalBudget; }
    public BigDecimal totalExecuted() { return totalExecuted; }
    public BigDecimal weightedScore() { return weightedScore; }
    public Map<String, Integer> grades() { return grades; }

    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("totalBudget", totalBudget);
        m.put("totalExecuted", totalExecuted);
        m.put("executionRate", rate(totalExecuted, totalBudget));
        m.put("weightedScore", weightedScore);
        m.put("grades", grades);
        m.put("rows", rows);
        m.put("ranking", ranking);
        return m;
    }
}
