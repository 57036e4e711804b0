package cn.shangwu.audit.form.selfeval;

import cn.shangwu.audit.Json;
import cn.shangwu.audit.annotate.Annotator;
import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Severity;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The rule set (审核公式) of a form, from {@code templates/<id>/rules.json}: id → severity and message template. */
public final class Rules {
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Rule(Severity severity, String message) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record File(Map<String, Rule> rules) {}

    private final String prefix;
    private final Map<String, Rule> rules;

    private Rules(String prefix, Map<String, Rule> rules) {
        this.prefix = prefix;
        this.rules = rules;
    }

    public static Rules load(String templateId, String prefix) {
        String path = "/templates/" + templateId + "/rules.json";
        try (InputStream in = Rules.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            return new Rules(prefix, Json.MAPPER.readValue(in, File.class).rules());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String id(String name) {
        return prefix + "." + name;
    }

    /** A finding of rule {@code name} (without prefix) at a cell, its message filled from the values. */
    public Finding finding(String name, String sheet, String cell, BigDecimal expected, BigDecimal actual,
                           String label, String note) {
        Rule r = rules.get(id(name));
        if (r == null) throw new IllegalStateException("rule not in rules.json: " + id(name));
        String msg = r.message()
                .replace("{expected}", expected == null ? "" : Annotator.plain(expected))
                .replace("{actual}", actual == null ? "" : Annotator.plain(actual))
                .replace("{label}", label == null ? "" : label)
                .replace("{note}", note == null ? "" : note)
                .replace("{column}", note == null ? "" : note);
        return new Finding(id(name), r.severity(), sheet, cell, msg, expected, actual, null, List.of());
    }

    /** A finding whose message placeholders are all text (e.g. a grade). */
    public Finding text(String name, String sheet, String cell, Map<String, String> vars) {
        Rule r = rules.get(id(name));
        if (r == null) throw new IllegalStateException("rule not in rules.json: " + id(name));
        String msg = r.message();
        for (var e : vars.entrySet()) msg = msg.replace("{" + e.getKey() + "}", e.getValue());
        return new Finding(id(name), r.severity(), sheet, cell, msg, null, null, null, List.of());
    }

    public Finding finding(String name, String sheet, String cell, String label) {
        return finding(name, sheet, cell, null, null, label, null);
    }
}
