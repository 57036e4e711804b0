package cn.shangwu.audit.template;

import cn.shangwu.audit.verify.Report;

import java.util.Map;

/**
 * A checked upload: the report, the annotated workbook and the named figures the form reports
 * (stored with the submission; used by cross-form checks and consolidation).
 *
 * @param annotatedExtension "xlsx" or "xls": the annotated copy keeps the uploaded format
 * @param facts              named figures by key, e.g. {@code 01.本年支出合计}; empty when the form has none
 * @param tablesJson         the form's tables as consolidation (汇总) reads them, as JSON, stored with the submission so a
 *                           consolidation never re-opens the original; null when the form is not consolidated cell by cell
 */
public record Checked(Report report, byte[] annotated, String annotatedExtension, Map<String, Fact> facts, String tablesJson) {
    public Checked {
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }

    public Checked(Report report, byte[] annotated, String annotatedExtension, Map<String, Fact> facts) {
        this(report, annotated, annotatedExtension, facts, null);
    }
}
