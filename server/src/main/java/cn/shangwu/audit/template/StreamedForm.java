package cn.shangwu.audit.template;

import cn.shangwu.audit.read.Upload;

/**
 * A form whose files can be too large for POI's usermodel (F5: 100,000 rows). It recognises an upload by
 * streaming its first rows, so the registry never opens such a file as a whole workbook.
 */
public interface StreamedForm extends Form {
    /** True when a streaming look at the first rows says the upload is this form. */
    boolean claims(Upload upload);
}
