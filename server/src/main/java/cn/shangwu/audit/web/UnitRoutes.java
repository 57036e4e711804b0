package cn.shangwu.audit.web;

import cn.shangwu.audit.store.AuditLog;
import cn.shangwu.audit.store.Unit;
import cn.shangwu.audit.store.Units;
import cn.shangwu.audit.store.User;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;

import java.util.*;

/** GET /api/units (the caller's part of the tree) and PUT /api/units/{code} (admins add or edit a unit). */
final class UnitRoutes {
    private static final Set<String> LEVELS = Set.of("province", "city", "county");
    private final Units units;
    private final Auth auth;
    private final AuditLog audit;

    UnitRoutes(Units units, Auth auth, AuditLog audit) {
        this.units = units;
        this.auth = auth;
        this.audit = audit;
    }

    void tree(Context ctx) {
        ctx.json(tree(auth.scope(Auth.user(ctx))));
    }

    /** Nested {code, name, level, children}; roots are the units whose parent is outside the list. */
    static List<Map<String, Object>> tree(List<Unit> list) {
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        for (Unit u : list) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("code", u.code());
            n.put("name", u.name());
            n.put("level", u.level());
            n.put("parent", u.parent());
            n.put("children", new ArrayList<Map<String, Object>>());
            nodes.put(u.code(), n);
        }
        List<Map<String, Object>> roots = new ArrayList<>();
        for (Unit u : list) {
            Map<String, Object> parent = u.parent() == null ? null : nodes.get(u.parent());
            if (parent == null) roots.add(nodes.get(u.code()));
            else children(parent).add(nodes.get(u.code()));
        }
        return roots;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> children(Map<String, Object> n) {
        return (List<Map<String, Object>>) n.get("children");
    }

    void put(Context ctx) {
        User admin = auth.requireAdmin(ctx);
        String code = ctx.pathParam("code");
        if (!code.matches("\\d{6}")) throw ApiError.badRequest("单位代码无效", "单位代码应为 6 位行政区划代码：" + code);
        JsonNode body = AuthRoutes.jsonBody(ctx);
        String name = AuthRoutes.text(body, "name");
        String parent = AuthRoutes.text(body, "parent");
        String level = AuthRoutes.text(body, "level");
        if (name == null || name.isBlank() || name.length() > 60) throw ApiError.badRequest("单位名称无效", "name 不能为空且不超过 60 字");
        if (level == null || !LEVELS.contains(level)) throw ApiError.badRequest("级别无效", "level 应为 province、city 或 county");
        if (parent != null && parent.isBlank()) parent = null;
        if (parent != null) {
            if (units.find(parent).isEmpty()) throw ApiError.badRequest("上级单位不存在", "没有代码为 " + parent + " 的单位");
            if (units.within(parent, code)) throw ApiError.badRequest("上级单位无效", "上级单位不能是本单位或其下级单位");
        } else if (!"province".equals(level)) {
            throw ApiError.badRequest("缺少上级单位", "市州和县市区单位须指定 parent");
        }
        Optional<Unit> before = units.find(code);
        Unit u = new Unit(code, name.strip(), parent, level);
        units.save(u);
        audit.record(admin, "UNIT_SAVE", code, null, (before.isPresent() ? "修改单位 " + before.get() + " → " : "新增单位 ") + u, ctx.ip());
        ctx.status(before.isPresent() ? 200 : 201).json(Map.of("code", code, "name", u.name(), "level", level,
                "parent", parent == null ? "" : parent));
    }
}
