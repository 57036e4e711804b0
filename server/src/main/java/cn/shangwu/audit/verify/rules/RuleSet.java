package cn.shangwu.audit.verify.rules;

import cn.shangwu.audit.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form's rule set as shipped in {@code templates/<id>/rules.json}: the rules and the facts the form publishes
 * (fact name → single-cell reference, e.g. {@code "01.本年支出合计": "01[本年支出合计][2]"}) and, per table, the rows
 * whose cells are formulas in our blank (a constant there is a finding when the upload carries our TemplateId).
 */
public record RuleSet(String template, List<Rule> rules, Map<String, String> facts, Map<String, List<String>> formulaRows) {

    public RuleSet {
        rules = List.copyOf(rules);
        facts = facts == null ? Map.of() : new LinkedHashMap<>(facts);
        formulaRows = formulaRows == null ? Map.of() : formulaRows;
        for (Rule r : rules) if (r.forEach() == null) Expr.parse(r.expr());
    }

    /** Loads a rule set from the classpath (e.g. {@code /templates/final-accounts/rules.json}). */
    public static RuleSet load(String resource) {
        try (InputStream in = RuleSet.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("rule set not on the classpath: " + resource);
            return Json.MAPPER.readValue(in, RuleSet.class);
        } catch (IOException e) {
            throw new UncheckedIOException("rule set unreadable: " + resource, e);
        }
    }
}
