package cn.shangwu.audit.read;

/**
 * Input we cannot work with: not a workbook, an unknown form, a missing block. {@code error} is a short Chinese
 * title, {@code detail} names the file, sheet and cell and what was expected. Maps to a 4xx, never a 500.
 */
public class BadWorkbookException extends RuntimeException {
    private final String error;
    private final String detail;

    public BadWorkbookException(String error, String detail) {
        super(error + "：" + detail);
        this.error = error;
        this.detail = detail;
    }

    public String error() { return error; }
    public String detail() { return detail; }
}
