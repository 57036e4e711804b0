package cn.shangwu.audit.verify.rules;

import cn.shangwu.audit.Json;
import cn.shangwu.audit.template.CheckOptions;
import cn.shangwu.audit.template.Fact;
import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Severity;
import cn.shangwu.audit.verify.Tolerance;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.*;

/**
 * Checks across forms of the same unit and year (表间审核 between forms), as data in {@code templates/cross-form.json}:
 * each rule equates a fact of one form with the sum of facts of others. A rule runs when the form being checked
 * supplies one side and the unit's latest filings supply the rest; the finding sits at this form's cell.
 */
public final class CrossForm {

    /** One relation: left = Σ right, facts named as their forms publish them (e.g. {@code F3.三公经费.本年决算数}). */
    public record XRule(String id, Severity severity, String left, List<String> right, String message) {}

    /** @param sources template id by fact-name prefix (longest prefix wins; "" for the rest) */
    public record Rules(Map<String, String> sources, @JsonProperty("rules") List<XRule> rules, Map<String, String> names) {}

    private static final Rules RULES = load();

    private CrossForm() {}

    static Rules load() {
        try (InputStream in = CrossForm.class.getResourceAsStream("/templates/cross-form.json")) {
            if (in == null) throw new IllegalStateException("templates/cross-form.json missing");
            return Json.MAPPER.readValue(in, Rules.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template a fact belongs to, by the longest matching prefix. */
    static String source(String fact) {
        String best = null;
        int len = -1;
        for (var e : RULES.sources().entrySet())
            if (fact.startsWith(e.getKey()) && e.getKey().length() > len) { best = e.getValue(); len = e.getKey().length(); }
        return best;
    }

    /** Runs every rule in which {@code template} takes part and whose other forms are on file. */
    public static List<Finding> check(String template, Map<String, Fact> own, CheckOptions.OtherForms others) {
        List<Finding> out = new ArrayList<>();
        Map<String, Optional<Map<String, Fact>>> cache = new HashMap<>();
        for (XRule r : RULES.rules()) {
            List<String> all = new ArrayList<>();
            all.add(r.left());
            all.addAll(r.right());
            if (all.stream().noneMatch(f -> template.equals(source(f)))) continue;
            Map<String, Fact> got = new LinkedHashMap<>();
            boolean complete = true;
            for (String f : all) {
                String src = source(f);
                Map<String, Fact> facts = template.equals(src) ? own
                        : cache.computeIfAbsent(src, s -> safe(others, s)).orElse(null);
                Fact v = facts == null ? null : facts.get(f);
                if (v == null) { complete = false; break; }
                got.put(f, v);
            }
            if (!complete) continue;
            BigDecimal left = got.get(r.left()).value();
            BigDecimal right = BigDecimal.ZERO;
            for (String f : r.right()) right = right.add(got.get(f).value());
            BigDecimal diff = left.subtract(right);
            if (diff.signum() == 0) continue;
            BigDecimal tol = Tolerance.halfUnit(2).multiply(BigDecimal.valueOf(all.size()));
            boolean ownLeft = template.equals(source(r.left()));
            String ownKey = ownLeft ? r.left() : all.stream().filter(f -> template.equals(source(f))).findFirst().orElseThrow();
            Fact at = got.get(ownKey);
            BigDecimal actual = at.value();
            // the own cell is expected to make the relation hold
            BigDecimal expected = ownLeft ? actual.subtract(diff) : actual.add(diff);
            List<String> cells = new ArrayList<>();
            StringBuilder others2 = new StringBuilder();
            for (var e : got.entrySet()) {
                if (e.getKey().equals(ownKey)) continue;
                Fact f = e.getValue();
                String where = formName(source(e.getKey())) + " '" + f.sheet() + "'!" + f.cell();
                cells.add(where);
                if (!others2.isEmpty()) others2.append("，");
                others2.append(e.getKey()).append(" = ").append(RuleEngine.show(f.value())).append("（").append(where).append("）");
            }
            boolean within = diff.abs().compareTo(tol) <= 0;
            String text = r.message() + "：本表填报 " + RuleEngine.show(actual) + "，" + others2
                    + (within ? "，差额 " + RuleEngine.show(diff.abs()) + " 在尾数容差 " + RuleEngine.show(tol) + " 内，区间 "
                    + Tolerance.interval(left, Tolerance.halfUnit(2)) + " 与 " + Tolerance.interval(right, Tolerance.halfUnit(2).multiply(BigDecimal.valueOf(r.right().size()))) + " 重叠，视为相符"
                    : "，差额 " + RuleEngine.show(diff.abs()) + "（容差 ±" + RuleEngine.show(tol) + "）");
            out.add(new Finding(r.id(), within ? Severity.INFO : r.severity(), at.sheet(), at.cell(), text, expected, actual, tol, cells));
        }
        return out;
    }

    private static Optional<Map<String, Fact>> safe(CheckOptions.OtherForms others, String template) {
        try {
            return others.latest(template);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String formName(String template) {
        return RULES.names() == null ? template : RULES.names().getOrDefault(template, template);
    }
}
