package cn.shangwu.audit.template;

import cn.shangwu.audit.verify.Report;

/**
 * A checked upload: the report, the annotated workbook and the model the reader produced
 * (used by cross-form checks and consolidation; may be null).
 *
 * @param annotatedExtension "xlsx" or "xls": the annotated copy keeps the uploaded format
 */
public record Checked(Report report, byte[] annotated, String annotatedExtension, Object model) {}
