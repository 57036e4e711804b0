package cn.shangwu.audit.verify;

/** 强制性 (ERROR: cannot be accepted), 提示性 (WARNING: needs an explanation), INFO. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The label a clerk reads. */
    public String label() {
        return switch (this) {
            case ERROR -> "错误";
            case WARNING -> "提示";
            case INFO -> "信息";
        };
    }
}
