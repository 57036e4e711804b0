package cn.shangwu.audit.template;

import cn.shangwu.audit.read.Upload;

/**
 * One kind of form (F1…F5): how to recognise it, check it and give out its blank.
 * Its layout, mapping and rule set live in {@code templates/<id>/}.
 */
public interface Form {
    /** Template id of CONTRACT.md, e.g. {@code project-self-eval}. */
    String id();

    /** The Chinese name clerks know, e.g. 项目支出绩效自评表. */
    String name();

    String version();

    /**
     * How sure we are that the upload is this form, from its titles and labels: 0 = not this form.
     * Must not throw for any workbook.
     */
    int recognize(Upload upload);

    /** Reads, verifies, scores and annotates. Throws BadWorkbookException for input it cannot read. */
    Checked check(Upload upload, CheckOptions options);

    /** The blank workbook (.xlsx bytes). */
    byte[] blank();
}
