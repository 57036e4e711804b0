package cn.shangwu.audit.form.fundexec;

/** Zero-based column of an A1 reference ("H12" → 7). */
final class XlsxPackageColumn {
    private XlsxPackageColumn() {}

    static int of(String ref) {
        int c = 0;
        for (int i = 0; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch >= 'A' && ch <= 'Z') c = c * 26 + (ch - 'A' + 1);
            else if (ch >= 'a' && ch <= 'z') c = c * 26 + (ch - 'a' + 1);
            else break;
        }
        return c - 1;
    }
}
