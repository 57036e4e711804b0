package cn.shangwu.audit.form.fundexec;

import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Tolerance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks F5 rows as they stream by: each row's 支付比率, 小计 = Σ its unit's rows, 合计 = Σ all detail rows
 * (小计 rows are not counted twice), paid > budget without a 备注, missing or negative amounts, duplicates.
 * Keeps running sums and the findings, never the rows.
 */
final class FundVerifier {
    /** Row-level findings kept in full; beyond this they are counted (a 100,000-row file of errors stays readable). */
    static final int LIMIT = 20_000;

    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext MC = MathContext.DECIMAL64;

    private final FundRules rules;
    private final String sheet;
    private final boolean hasRate;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Finding> closing = new ArrayList<>();
    /** 64-bit fingerprints of the rows seen, not the rows: 100,000 rows cost a few MB. */
    private final Map<Long, Integer> seen = new HashMap<>();
    private int dropped;

    private BigDecimal budget = BigDecimal.ZERO, paid = BigDecimal.ZERO;
    private int details, subtotals, ratesChecked;
    private BigDecimal groupBudget = BigDecimal.ZERO, groupPaid = BigDecimal.ZERO;
    private int groupRows;
    private ParsedRow total;
    private boolean leading;
    private ParsedRow pendingLead;
    private final List<String> detailCells = new ArrayList<>();

    FundVerifier(FundRules rules, String sheet, boolean hasRate) {
        this.rules = rules;
        this.sheet = sheet;
        this.hasRate = hasRate;
    }

    void accept(ParsedRow p) {
        cellForms(p);
        switch (p.row().kind()) {
            case DETAIL -> detail(p);
            case SUBTOTAL -> subtotal(p);
            case TOTAL -> {
                if (leading) closeLeading();
                if (total == null) total = p;
                else add(rules.finding("F5.total-duplicate", sheet, p.labelCell(), Map.of(), null, null, null));
            }
        }
    }

    private void detail(ParsedRow p) {
        FundRow r = p.row();
        details++;
        if (p.budget().status() == Value.Status.EMPTY) {
            String what = p.paid().present() ? "支付金额" : !r.project().isBlank() ? "项目名称" : "指标文号";
            add(rules.finding("F5.budget-missing", sheet, p.budget().cell(), Map.of("what", what), null, null, null));
        }
        negative(p.budget(), "预算金额");
        negative(p.paid(), "支付金额");
        rate(p, "F5.rate");
        overBudget(p);
        duplicate(p);
        BigDecimal b = orZero(p.budget()), pd = orZero(p.paid());
        budget = budget.add(b);
        paid = paid.add(pd);
        groupBudget = groupBudget.add(b);
        groupPaid = groupPaid.add(pd);
        groupRows++;
    }

    private void subtotal(ParsedRow p) {
        subtotals++;
        // Some copies put each unit's 小计 above its rows: a 小计 before any detail row switches to that reading.
        if (!leading && details == 0 && groupRows == 0) leading = true;
        if (leading) {
            closeLeading();
            pendingLead = p;
            return;
        }
        // A 小计 covers the detail rows since the previous 小计; one right after another (a higher level) is not checked.
        if (groupRows > 0) {
            BigDecimal tol = Tolerance.forSum(groupRows, 2);
            sum(p.budget(), groupBudget, groupRows, tol, "F5.subtotal-budget");
            sum(p.paid(), groupPaid, groupRows, tol, "F5.subtotal-paid");
            rate(p, "F5.subtotal-rate");
        }
        groupBudget = BigDecimal.ZERO;
        groupPaid = BigDecimal.ZERO;
        groupRows = 0;
    }

    private String where() {
        return leading ? "其下" : "其上";
    }

    /** A leading 小计 against the detail rows that followed it. */
    private void closeLeading() {
        if (pendingLead != null && groupRows > 0) {
            BigDecimal tol = Tolerance.forSum(groupRows, 2);
            sum(pendingLead.budget(), groupBudget, groupRows, tol, "F5.subtotal-budget");
            sum(pendingLead.paid(), groupPaid, groupRows, tol, "F5.subtotal-paid");
            rate(pendingLead, "F5.subtotal-rate");
        }
        pendingLead = null;
        groupBudget = BigDecimal.ZERO;
        groupPaid = BigDecimal.ZERO;
        groupRows = 0;
    }

    /** The closing checks on 合计, then every finding in sheet order. */
    List<Finding> finish() {
        if (leading) closeLeading();
        if (details == 0) {
            closing.add(rules.finding("F5.no-rows", sheet, null, Map.of(), null, null, null));
        } else if (total == null) {
            closing.add(rules.finding("F5.total-missing", sheet, null, Map.of("budget", money(budget), "paid", money(paid)), null, null, null));
        } else {
            BigDecimal tol = Tolerance.forSum(details, 2);
            int before = findings.size();
            sum(total.budget(), budget, details, tol, "F5.total-budget");
            sum(total.paid(), paid, details, tol, "F5.total-paid");
            rate(total, "F5.total-rate");
            // Closing findings are never dropped by the limit.
            closing.addAll(findings.subList(before, findings.size()));
            findings.subList(before, findings.size()).clear();
        }
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(closing);
        if (dropped > 0)
            all.add(rules.finding("F5.too-many-findings", sheet, null, Map.of("limit", LIMIT, "rest", dropped), null, null, null));
        return all;
    }

    int details() { return details; }
    int subtotals() { return subtotals; }
    int ratesChecked() { return ratesChecked; }
    BigDecimal budget() { return budget; }
    BigDecimal paid() { return paid; }
    ParsedRow total() { return total; }

    private void sum(Value reported, BigDecimal computed, int n, BigDecimal tol, String rule) {
        if (!reported.present()) {
            if (reported.status() == Value.Status.EMPTY && computed.signum() != 0)
                add(rules.finding(rule, sheet, reported.cell(), Map.of("expected", money(computed), "n", n, "actual", "空", "where", where()),
                        computed, null, tol));
            return;
        }
        if (!Tolerance.within(reported.number(), computed, tol))
            add(rules.finding(rule, sheet, reported.cell(),
                    Map.of("expected", money(computed), "n", n, "actual", money(reported.number()), "where", where()),
                    computed.setScale(2, RoundingMode.HALF_UP), reported.number(), tol));
    }

    /** 支付比率 against 支付金额 ÷ 预算金额, all three as the intervals their shown precision stands for. */
    private void rate(ParsedRow p, String rule) {
        Value b = p.budget(), pd = p.paid(), r = p.rate();
        if (!hasRate || r.status() == Value.Status.JUNK) return;
        if (!b.present() || b.number().signum() <= 0) {
            if (r.present() && r.number().signum() != 0)
                add(rules.finding("F5.rate-without-budget", sheet, r.cell(), Map.of("raw", r.raw()), null, null, null));
            return;
        }
        BigDecimal paidValue = orZero(pd);
        if (!r.present()) {
            if (paidValue.signum() > 0 && rule.equals("F5.rate")) {
                BigDecimal expected = paidValue.divide(b.number(), MC);
                Map<String, Object> params = amounts(paidValue, b.number());
                params.put("expected", percent(expected, 2));
                add(rules.finding("F5.rate-missing", sheet, r.cell(), params, pct(expected, 2), null, null));
            }
            return;
        }
        if (rule.equals("F5.rate")) ratesChecked++;
        if (rateHolds(r.number(), r.decimals(), paidValue, exactZero(pd), b.number())) {
            roundingNote(r, paidValue, b.number());
            return;
        }
        // 59.23 typed without % in a General cell: the clerk meant percent.
        int typed = Math.max(0, r.number().stripTrailingZeros().scale());
        if (!r.percent() && rateHolds(r.number().movePointLeft(2), typed + 2, paidValue, exactZero(pd), b.number())) {
            add(rules.finding("F5.rate-percent-number", sheet, r.cell(),
                    Map.of("raw", r.raw(), "actual", percent(r.number().movePointLeft(2), typed)), null, null, null));
            return;
        }
        int shown = Math.max(0, r.decimals() - 2);
        BigDecimal expected = paidValue.divide(b.number(), MC);
        Map<String, Object> params = amounts(paidValue, b.number());
        params.put("expected", percent(expected, shown));
        params.put("actual", r.percent() ? percent(r.number(), shown) : r.raw());
        add(rules.finding(rule, sheet, r.cell(), params, pct(expected, shown), pct(r.number(), Math.max(shown, 2)),
                Tolerance.halfUnit(shown)));
    }

    /**
     * A shown rate that the interval rule accepts but that is not the rounded quotient of the shown amounts
     * (seed 003: 22.93 ÷ 23.00 printed 99.71 %, not 99.70 %): worked out from unrounded amounts. Said, not faulted.
     */
    private void roundingNote(Value r, BigDecimal paid, BigDecimal budget) {
        if (!r.percent() || r.decimals() > 6) return;
        int shown = Math.max(0, r.decimals() - 2);
        BigDecimal expected = pct(paid.divide(budget, MC), shown);
        BigDecimal actual = r.number().movePointRight(2).setScale(shown, RoundingMode.HALF_UP);
        if (expected.compareTo(actual) == 0) return;
        Map<String, Object> params = amounts(paid, budget);
        params.put("expected", expected.toPlainString() + "%");
        params.put("actual", actual.toPlainString() + "%");
        add(rules.finding("F5.rate-rounding", sheet, r.cell(), params, expected, actual, Tolerance.halfUnit(shown)));
    }

    /**
     * Whether [r ± half unit] meets [(p − 0.005)/(b + 0.005), (p + 0.005)/(b − 0.005)], compared by cross
     * multiplication (exact, and no division per row).
     */
    static boolean rateHolds(BigDecimal r, int decimals, BigDecimal p, boolean pExact, BigDecimal b) {
        BigDecimal h = Tolerance.halfUnit(decimals);
        BigDecimal pLo = pExact ? p : p.subtract(HALF_CENT).max(BigDecimal.ZERO);
        BigDecimal pHi = pExact ? p : p.add(HALF_CENT);
        BigDecimal bLo = b.subtract(HALF_CENT);
        // r + h ≥ pLo / (b + 0.005)
        if (r.add(h).multiply(b.add(HALF_CENT)).compareTo(pLo) < 0) return false;
        // r − h ≤ pHi / bLo (no upper bound when the budget interval reaches 0)
        return bLo.signum() <= 0 || r.subtract(h).multiply(bLo).compareTo(pHi) <= 0;
    }

    private static Map<String, Object> amounts(BigDecimal paid, BigDecimal budget) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("paid", money(paid));
        m.put("budget", money(budget));
        return m;
    }

    private void overBudget(ParsedRow p) {
        if (!p.paid().present() || !p.budget().present()) return;
        BigDecimal pd = p.paid().number(), b = p.budget().number();
        if (pd.subtract(b).compareTo(HALF_CENT.add(HALF_CENT)) <= 0) return;
        String note = p.row().note().strip();
        if (note.isEmpty())
            add(rules.finding("F5.paid-over-budget", sheet, p.paid().cell(), Map.of("paid", money(pd), "budget", money(b)), b, pd, null));
        else
            add(rules.finding("F5.paid-over-budget-noted", sheet, p.paid().cell(),
                    Map.of("paid", money(pd), "budget", money(b), "note", note), null, null, null));
    }

    private void duplicate(ParsedRow p) {
        FundRow r = p.row();
        if (!p.budget().present()) return;
        String key = String.join("\u0001", r.unit(), r.docNo(), r.project(), r.note(), r.budget().stripTrailingZeros().toPlainString(),
                r.paid() == null ? "" : r.paid().stripTrailingZeros().toPlainString());
        Integer first = seen.putIfAbsent(fingerprint(key), r.rowNumber());
        if (first != null)
            add(rules.finding("F5.duplicate-row", sheet, p.labelCell(), Map.of("first", first), null, null, null));
    }

    /** FNV-1a, 64 bits: collisions among a million rows are about one in ten million. */
    static long fingerprint(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private void negative(Value v, String field) {
        if (v.present() && v.number().signum() < 0)
            add(rules.finding("F5.negative", sheet, v.cell(), Map.of("field", field, "actual", money(v.number())), null, v.number(), null));
    }

    /** Text numbers, dashes and junk, each at its cell. */
    private void cellForms(ParsedRow p) {
        form(p.budget(), "预算金额", p);
        form(p.paid(), "支付金额", p);
        form(p.rate(), "支付比率", p);
    }

    private void form(Value v, String field, ParsedRow p) {
        switch (v.status()) {
            case NORMALISED -> add(rules.finding("F5.number-text", sheet, v.cell(),
                    Map.of("field", field, "raw", v.raw(), "actual", v.number().toPlainString()), null, v.number(), null));
            case DASH -> {
                // A dash in the rate column of a row without budget says "not applicable": nothing to tell.
                if (!field.equals("支付比率")) add(rules.finding("F5.dash-zero", sheet, v.cell(), Map.of("field", field, "raw", v.raw()), null, null, null));
            }
            case JUNK -> {
                boolean divZero = field.equals("支付比率") && v.raw().startsWith("#") && (!p.budget().present() || p.budget().number().signum() == 0);
                if (!divZero) add(rules.finding("F5.not-a-number", sheet, v.cell(), Map.of("field", field, "raw", v.raw()), null, null, null));
            }
            default -> { }
        }
    }

    private void add(Finding f) {
        if (findings.size() < LIMIT) findings.add(f);
        else dropped++;
    }

    private static boolean exactZero(Value v) {
        return v.status() == Value.Status.EMPTY || v.status() == Value.Status.DASH || v.present() && v.number().signum() == 0;
    }

    private static BigDecimal orZero(Value v) {
        return v.present() ? v.number() : BigDecimal.ZERO;
    }

    static String money(BigDecimal v) {
        return new DecimalFormat("#,##0.00").format(v.setScale(2, RoundingMode.HALF_UP));
    }

    static String percent(BigDecimal fraction, int decimals) {
        return pct(fraction, decimals).toPlainString() + "%";
    }

    /** A fraction as a percentage number with the given decimals: 0.592317 → 59.23. */
    static BigDecimal pct(BigDecimal fraction, int decimals) {
        return fraction.multiply(HUNDRED).setScale(decimals, RoundingMode.HALF_UP);
    }
}
