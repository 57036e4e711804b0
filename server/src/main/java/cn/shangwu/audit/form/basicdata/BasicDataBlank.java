package cn.shangwu.audit.form.basicdata;

final class BasicDataBlank {
    private BasicDataBlank() {}

    static byte[] build() {
        throw new UnsupportedOperationException("blank not built yet");
    }
}
