package cn.shangwu.audit.cli;

import java.util.List;

/** {@code admin create-user …}: user management against the configured database. Filled in by the users work. */
final class Admin {
    private Admin() {}

    static int run(List<String> args) {
        throw new UsageException("admin 命令尚未提供");
    }
}
