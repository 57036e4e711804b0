package cn.shangwu.audit.form.finalaccounts;

/** The blank 部门决算 workbook (placeholder until the layout builder lands). */
final class FinalAccountsBlank {
    private FinalAccountsBlank() {}

    static byte[] build() {
        throw new UnsupportedOperationException("blank not built yet");
    }
}
