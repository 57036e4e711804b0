package cn.shangwu.audit.verify.rules;

import cn.shangwu.audit.template.Fact;
import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Severity;
import cn.shangwu.audit.verify.Tolerance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.*;

/**
 * Evaluates a rule set over the tables of one upload. Every amount stands for an interval (±half a unit of its last
 * decimal); a relation holds when the intervals of both sides overlap. A difference inside that tolerance is an INFO
 * naming both intervals (Arelle Calc 1.1 style); beyond it, the rule's own severity. Each finding sits at the first
 * cell of the left side (the total that disagrees) and lists the contributing cells.
 */
public final class RuleEngine {
    private static final int MAX_CELLS = 60;
    private static final BigDecimal NOISE = new BigDecimal("0.000001");

    private final Map<String, Table> tables;
    /** Children by parent row, per table: the code tree is asked for hundreds of times per upload. */
    private final Map<TRow, List<TRow>> children = new IdentityHashMap<>();
    private final Map<Table, Map<String, TRow>> byCode = new IdentityHashMap<>();
    private final Map<String, List<TRow>> selections = new HashMap<>();

    public RuleEngine(Map<String, Table> tables) {
        this.tables = tables;
    }

    private TRow code(Table t, String code) {
        return byCode.computeIfAbsent(t, k -> {
            Map<String, TRow> m = new HashMap<>();
            for (TRow r : k.rows()) if (r.code() != null) m.putIfAbsent(r.code(), r);
            return m;
        }).get(code);
    }

    private List<TRow> children(Table t, TRow parent) {
        return children.computeIfAbsent(parent, p -> t.children(p));
    }

    public List<Finding> run(RuleSet set) {
        List<Finding> out = new ArrayList<>();
        for (Rule r : set.rules()) run(r, out);
        return out;
    }

    /** The facts of the rule set that resolve to a cell of this upload. */
    public Map<String, Fact> facts(RuleSet set) {
        Map<String, Fact> out = new LinkedHashMap<>();
        for (var e : set.facts().entrySet()) {
            Expr.Term t = Expr.parse(e.getValue() + " = 0").left().get(0);
            if (!(t instanceof Expr.Ref ref)) continue;
            Table table = tables.get(ref.table());
            if (table == null) continue;
            String col = table.column(ref.col());
            List<TRow> rows = rows(table, ref.row(), col);
            if (col == null || rows.isEmpty()) continue;
            Val v = rows.get(0).cells().get(col);
            if (v == null) continue;
            out.put(e.getKey(), new Fact(v.orZero(), v.sheet(), v.ref()));
        }
        return out;
    }

    private void run(Rule rule, List<Finding> out) {
        Rule.ForEach fe = rule.forEach();
        if (fe == null) {
            evaluate(rule, rule.expr(), rule.message(), out);
            return;
        }
        Table t = tables.get(fe.table());
        if (t == null) return;
        List<TRow> rows = fe.rows() == null ? Collections.singletonList(null) : iterate(t, fe.rows());
        List<String> cols = fe.cols() == null ? Collections.singletonList(null)
                : fe.cols().contains("*") ? t.columns() : fe.cols();
        for (TRow row : rows) {
            for (String col : cols) {
                try {
                    String expr = bind(rule.expr(), row, col);
                    if (fe.skipIfFound() != null && exists(bind(fe.skipIfFound(), row, col))) continue;
                    evaluate(rule, expr, bind(rule.message(), row, col == null ? null : header(t, col)), out);
                } catch (RuntimeException e) {
                    // a label the expression syntax cannot carry: this iteration cannot be checked, the others still are
                }
            }
        }
    }

    private static String bind(String s, TRow row, String col) {
        if (row != null) {
            s = s.replace("{row}", "@" + row.index()).replace("{name}", row.label() == null ? "" : row.label().replaceAll("[\\[\\]|>]", ""))
                    .replace("{code}", row.code() == null ? "" : row.code());
        }
        if (col != null) s = s.replace("{col}", col);
        return s;
    }

    private boolean exists(String ref) {
        Expr.Term t = Expr.parse(ref + "[*] = 0").left().get(0);
        if (!(t instanceof Expr.Ref r)) return false;
        Table table = tables.get(r.table());
        return table != null && !rows(table, r.row(), null).isEmpty();
    }

    private static String header(Table t, String col) {
        String best = col;
        for (var e : t.aliases().entrySet())
            if (e.getValue().equals(col) && !e.getKey().equals(col) && e.getKey().length() > best.length()) best = e.getKey();
        return best;
    }

    private List<TRow> iterate(Table t, String which) {
        List<TRow> out = new ArrayList<>();
        for (TRow r : t.rows()) {
            boolean take = switch (which) {
                case "parents" -> r.code() != null && !children(t, r).isEmpty();
                case "class" -> "class".equals(r.kind()) || r.level() == 3;
                case "coded" -> r.code() != null;
                case "all" -> true;
                default -> which.startsWith("group:") && which.substring(6).equals(r.kind());
            };
            if (take) out.add(r);
        }
        return out;
    }

    /** Rows chosen by a row key (see {@link Expr}). */
    List<TRow> rows(Table t, String sel, String col) {
        return selections.computeIfAbsent(t.id() + "\u0000" + sel + "\u0000" + col, k -> select(t, sel, col));
    }

    private List<TRow> select(Table t, String sel, String col) {
        List<TRow> out = new ArrayList<>();
        for (String part : sel.split("\\|")) {
            part = part.strip();
            if (part.isEmpty()) continue;
            if (part.startsWith("@")) {
                int idx = Integer.parseInt(part.substring(1));
                for (TRow r : t.rows()) if (r.index() == idx) out.add(r);
            } else if (part.startsWith("children:")) {
                List<TRow> p = select(t, part.substring(9), null);
                if (!p.isEmpty()) out.addAll(children(t, p.get(0)));
            } else if (part.equals("class")) {
                out.addAll(iterate(t, "class"));
            } else if (part.startsWith("level:")) {
                int n = Integer.parseInt(part.substring(6));
                for (TRow r : t.rows()) if (r.level() == n) out.add(r);
            } else if (part.startsWith("group:")) {
                out.addAll(iterate(t, part));
            } else if (part.startsWith("#")) {
                for (TRow r : t.rows()) if (part.substring(1).equals(r.line()) && (col == null || r.cells().containsKey(col))) out.add(r);
            } else if (part.startsWith("name:")) {
                String n = Labels.key(part.substring(5));
                for (TRow r : t.rows()) if (n.equals(r.label()) && (col == null || r.cells().containsKey(col))) { out.add(r); break; }
            } else if (part.contains(">")) {
                String[] ab = part.split(">", 2);
                TRow a = t.byLabel(Labels.key(ab[0]), null, 0);
                TRow b = a == null ? null : t.byLabel(Labels.key(ab[1]), col, a.index() + 1);
                if (b != null) out.add(b);
            } else if (part.chars().allMatch(Character::isDigit)) {
                TRow r = code(t, part);
                if (r != null) out.add(r);
            } else {
                TRow r = t.byLabel(Labels.key(part), col, 0);
                if (r != null) out.add(r);
            }
        }
        return out;
    }

    private record Side(BigDecimal value, List<Val> vals, BigDecimal tol, Val target, boolean targetMissing) {}

    private void evaluate(Rule rule, String exprText, String message, List<Finding> out) {
        Expr e;
        try {
            e = Expr.parse(exprText);
        } catch (IllegalArgumentException ex) {
            return;
        }
        Side l = side(e.left(), true);
        Side r = side(e.right(), false);
        if (l == null || r == null || l.targetMissing()) return;
        if (l.vals().stream().noneMatch(Val::present) && r.vals().stream().noneMatch(Val::present)) return;
        BigDecimal diff = l.value().subtract(r.value());
        BigDecimal tol = l.tol().add(r.tol());
        boolean holds = switch (e.op()) {
            case ">=" -> diff.compareTo(tol.negate()) >= 0;
            case "<=" -> diff.compareTo(tol) <= 0;
            default -> diff.abs().compareTo(tol) <= 0;
        };
        // below a millionth is arithmetic noise of computed cells, not a reported difference
        BigDecimal d = diff.abs().compareTo(NOISE) < 0 ? BigDecimal.ZERO : diff;
        boolean exact = switch (e.op()) {
            case ">=" -> d.signum() >= 0;
            case "<=" -> d.signum() <= 0;
            default -> d.signum() == 0;
        };
        if (exact) return;
        Val target = l.target();
        BigDecimal actual = target == null ? l.value() : target.orZero();
        BigDecimal expected = actual.subtract(diff);
        List<String> cells = new ArrayList<>();
        for (Val v : l.vals()) if (v != target) cells.add(v.qualified());
        for (Val v : r.vals()) cells.add(v.qualified());
        if (cells.size() > MAX_CELLS) cells = cells.subList(0, MAX_CELLS);
        String text;
        Severity sev;
        if (holds) {
            sev = Severity.INFO;
            text = message + "：尾数误差，左边 " + show(l.value()) + " 代表区间 " + Tolerance.interval(l.value(), l.tol())
                    + "，右边 " + show(r.value()) + " 代表区间 " + Tolerance.interval(r.value(), r.tol())
                    + "，两区间重叠（差额 " + show(diff.abs()) + " ≤ 容差 " + show(tol) + "），视为相符";
        } else {
            sev = rule.severity();
            String rel = switch (e.op()) {
                case ">=" -> "应不小于 ";
                case "<=" -> "应不大于 ";
                default -> "应为 ";
            };
            text = message + "：填报 " + show(actual) + "，" + rel + show(expected) + "，差额 " + show(diff)
                    + "（容差 ±" + show(tol) + "）";
        }
        String sheet = target != null ? target.sheet() : firstSheet(l, r);
        String cell = target != null ? target.ref() : null;
        out.add(new Finding(rule.id(), sev, sheet, cell, text, expected, actual, tol, cells));
    }

    private static String firstSheet(Side l, Side r) {
        for (Val v : l.vals()) return v.sheet();
        for (Val v : r.vals()) return v.sheet();
        return null;
    }

    private Side side(List<Expr.Term> terms, boolean left) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal tol = BigDecimal.ZERO;
        List<Val> vals = new ArrayList<>();
        Val target = null;
        boolean first = true;
        for (Expr.Term term : terms) {
            if (term instanceof Expr.Num n) {
                sum = sum.add(n.value().multiply(BigDecimal.valueOf(n.sign())));
            } else if (term instanceof Expr.Ref ref) {
                {
                    Table t = tables.get(ref.table());
                    if (t == null) return null;
                    String col = t.column(ref.col());
                    // a column the copy does not have: the target cannot be checked; a part counts as empty
                    if (col == null) {
                        if (left && first) return null;
                        first = false;
                        continue;
                    }
                    List<TRow> rs = rows(t, ref.row(), col);
                    Val v = rs.isEmpty() ? null : rs.get(0).cells().get(col);
                    if (v == null) {
                        if (left && first) return new Side(BigDecimal.ZERO, vals, tol, null, true);
                    } else {
                        vals.add(v);
                        if (left && first) target = v;
                        if (v.present()) {
                            sum = sum.add(v.value().multiply(BigDecimal.valueOf(ref.sign())));
                            tol = tol.add(Tolerance.halfUnit(v.decimals()));
                        }
                    }
                }
            } else if (term instanceof Expr.Sum s) {
                {
                    Table t = tables.get(s.table());
                    if (t == null) return null;
                    String col = t.column(s.col());
                    if (col == null) {
                        first = false;
                        continue;
                    }
                    for (TRow row : rows(t, s.rows(), col)) {
                        Val v = row.cells().get(col);
                        if (v == null) continue;
                        vals.add(v);
                        if (v.present()) {
                            sum = sum.add(v.value().multiply(BigDecimal.valueOf(s.sign())));
                            tol = tol.add(Tolerance.halfUnit(v.decimals()));
                        }
                    }
                }
            } else if (term instanceof Expr.Ratio q) {
                {
                    Side a = side(List.of(q.num()), false);
                    Side b = side(List.of(q.den()), false);
                    if (a == null || b == null || b.value().signum() == 0) return null;
                    vals.addAll(a.vals());
                    vals.addAll(b.vals());
                    sum = sum.add(a.value().divide(b.value(), MathContext.DECIMAL64).multiply(BigDecimal.valueOf(q.sign())));
                }
            }
            first = false;
        }
        return new Side(sum, vals, tol, target, false);
    }

    static String show(BigDecimal v) {
        BigDecimal s = v.scale() > 4 ? v.setScale(4, RoundingMode.HALF_UP) : v;
        return s.stripTrailingZeros().toPlainString();
    }
}
