package cn.shangwu.audit.verify;

import java.util.List;

/**
 * The outcome of checking one workbook (CONTRACT.md, "Report").
 *
 * @param score null for forms that are not scored
 * @param meta  what the reader found about the filing (unit name, project, year…), shown to reviewers
 */
public record Report(String template, String templateVersion, Score score, List<Finding> findings,
                     java.util.Map<String, Object> meta) {

    public Report {
        findings = List.copyOf(findings);
        meta = meta == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(meta));
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }
}
