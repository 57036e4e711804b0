package cn.shangwu.audit.form.fundexec;

import cn.shangwu.audit.Json;
import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Severity;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The F5 rule set (审核公式) as data: ids, severities and Chinese message patterns from templates/fund-execution/rules.json. */
final class FundRules {
    static final String RESOURCE = "/templates/fund-execution/rules.json";

    record Rule(String id, Severity severity, String message) {}

    private final String version;
    private final Map<String, Rule> rules;

    private FundRules(String version, Map<String, Rule> rules) {
        this.version = version;
        this.rules = rules;
    }

    static FundRules load() {
        try (InputStream in = FundRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing " + RESOURCE);
            JsonNode root = Json.MAPPER.readTree(in);
            Map<String, Rule> m = new LinkedHashMap<>();
            for (JsonNode r : root.get("rules"))
                m.put(r.get("id").asText(), new Rule(r.get("id").asText(), Severity.valueOf(r.get("severity").asText()),
                        r.get("message").asText()));
            return new FundRules(root.get("version").asText(), Map.copyOf(m));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String version() { return version; }

    Rule rule(String id) {
        Rule r = rules.get(id);
        if (r == null) throw new IllegalArgumentException("unknown rule " + id);
        return r;
    }

    /** A finding of rule {@code id}; the message pattern's {name} placeholders are filled from params. */
    Finding finding(String id, String sheet, String cell, Map<String, ?> params,
                    BigDecimal expected, BigDecimal actual, BigDecimal tolerance) {
        Rule r = rule(id);
        String msg = r.message();
        for (var e : params.entrySet()) msg = msg.replace("{" + e.getKey() + "}", text(e.getValue()));
        return new Finding(id, r.severity(), sheet, cell, msg, expected, actual, tolerance, null);
    }

    private static String text(Object v) {
        if (v == null) return "空";
        if (v instanceof BigDecimal b) return b.toPlainString();
        return v.toString();
    }
}
