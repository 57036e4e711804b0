package cn.shangwu.audit.cli;

import cn.shangwu.audit.store.AuditLog;
import cn.shangwu.audit.store.Database;
import cn.shangwu.audit.store.Role;
import cn.shangwu.audit.store.Units;
import cn.shangwu.audit.store.User;
import cn.shangwu.audit.store.Users;

import java.util.List;

/** {@code admin create-user --username U --password P --role admin|province|city|county --unit CODE} against the configured database. */
final class Admin {
    static final String USAGE = "用法：admin create-user --username U --password P --role admin|province|city|county --unit CODE";

    private Admin() {}

    static int run(List<String> args) {
        if (args.isEmpty() || !"create-user".equals(args.get(0))) throw new UsageException(USAGE);
        try (Database db = Database.fromEnvironment()) {
            return createUser(db, args.subList(1, args.size()));
        }
    }

    /** Creates the user in {@code db}; prints one line; 0 on success, 2 on bad input. */
    static int createUser(Database db, List<String> a) {
        Args args = Args.parse(a, "--username", "--password", "--role", "--unit");
        for (String o : List.of("--username", "--password", "--role", "--unit"))
            if (args.get(o) == null) throw new UsageException("缺少选项 " + o + "。" + USAGE);
        Role role = Role.parse(args.get("--role")).orElseThrow(() -> new UsageException("角色应为 admin、province、city 或 county：" + args.get("--role")));
        String unit = args.get("--unit").strip();
        var u = new Units(db.dataSource()).find(unit);
        if (u.isEmpty()) throw new UsageException("没有这个单位代码：" + unit);
        if (role == Role.COUNTY && !"county".equals(u.get().level()) && !"city".equals(u.get().level()))
            throw new UsageException("县市区填报用户应属于县市区或市本级单位：" + unit + " " + u.get().name());
        try {
            User user = new Users(db.dataSource()).create(args.get("--username"), args.get("--password"), role, unit);
            new AuditLog(db.dataSource()).record(null, "admin-cli", "USER_CREATE", unit, null,
                    "创建用户 " + user.username() + "（" + role.label() + "）", "cli");
            System.out.println("已创建用户 " + user.username() + "（" + role.label() + "，" + u.get().name() + " " + unit + "）");
            return 0;
        } catch (IllegalArgumentException e) {
            throw new UsageException("无法创建用户：" + e.getMessage());
        }
    }
}
