package cn.shangwu.audit.cli;

/** Bad command-line arguments: printed as one line, exit 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
