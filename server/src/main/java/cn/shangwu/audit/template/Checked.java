package cn.shangwu.audit.template;

import cn.shangwu.audit.verify.Report;

import java.util.Map;

/**
 * A checked upload: the report, the annotated workbook and the named figures the form reports
 * (stored with the submission; used by cross-form checks and consolidation).
 *
 * @param annotatedExtension "xlsx" or "xls": the annotated copy keeps the uploaded format
 * @param facts              named figures by key, e.g. {@code 01.本年支出合计}; empty when the form has none
 */
public record Checked(Report report, byte[] annotated, String annotatedExtension, Map<String, Fact> facts) {
    public Checked {
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }
}
