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
    static final String USAGE = "用法：admin create-user --username U --password P --role admin|province|city|county --unit CODE\n"
            + "      admin set-password --username U --password P\n      admin disable-user --username U";

    private Admin() {}

    static int run(List<String> args) {
        String cmd = args.isEmpty() ? "" : args.get(0);
        if (!List.of("create-user", "set-password", "disable-user").contains(cmd)) throw new UsageException(USAGE);
        try (Database db = Database.fromEnvironment()) {
            return run(db, cmd, args.subList(1, args.size()));
        }
    }

    static int run(Database db, String cmd, List<String> a) {
        return switch (cmd) {
            case "create-user" -> createUser(db, a);
            case "set-password" -> setPassword(db, a);
            case "disable-user" -> disableUser(db, a);
            default -> throw new UsageException(USAGE);
        };
    }

    static int setPassword(Database db, List<String> a) {
        Args args = Args.parse(a, "--username", "--password");
        if (args.get("--username") == null || args.get("--password") == null) throw new UsageException(USAGE);
        try {
            if (!new Users(db.dataSource()).setPassword(args.get("--username"), args.get("--password")))
                throw new UsageException("没有这个用户：" + args.get("--username"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("无法修改密码：" + e.getMessage());
        }
        new AuditLog(db.dataSource()).record(null, "admin-cli", "USER_PASSWORD", null, null, "重设密码 " + args.get("--username"), "cli");
        System.out.println("已重设用户 " + args.get("--username") + " 的密码，其登录会话已失效");
        return 0;
    }

    static int disableUser(Database db, List<String> a) {
        Args args = Args.parse(a, "--username");
        if (args.get("--username") == null) throw new UsageException(USAGE);
        if (!new Users(db.dataSource()).disable(args.get("--username"))) throw new UsageException("没有这个用户：" + args.get("--username"));
        new AuditLog(db.dataSource()).record(null, "admin-cli", "USER_DISABLE", null, null, "停用用户 " + args.get("--username"), "cli");
        System.out.println("已停用用户 " + args.get("--username"));
        return 0;
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
        String level = u.get().level();
        boolean fits = switch (role) {
            case COUNTY -> level.equals("county") || level.equals("city"); // a city's own bureau (市本级) files under the city's code
            case CITY -> level.equals("city");
            case PROVINCE -> level.equals("province");
            case ADMIN -> true;
        };
        if (!fits) throw new UsageException("角色 " + role.key() + "（" + role.label() + "）与单位级别不符：" + unit + " " + u.get().name() + "（" + level + "）");
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
