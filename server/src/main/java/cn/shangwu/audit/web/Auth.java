package cn.shangwu.audit.web;

import cn.shangwu.audit.store.Role;
import cn.shangwu.audit.store.Sessions;
import cn.shangwu.audit.store.Unit;
import cn.shangwu.audit.store.Units;
import cn.shangwu.audit.store.User;
import io.javalin.http.Context;

import java.util.List;
import java.util.Set;

/**
 * Who is calling and what they may touch. Every /api route except login and the public template downloads needs a
 * Bearer token (401 otherwise). A user acts on their own unit; city and province users on their subtree; admins on all
 * (403 outside that scope).
 */
public final class Auth {
    private static final String USER = "auth.user";
    private final Sessions sessions;
    private final Units units;

    public Auth(Sessions sessions, Units units) {
        this.sessions = sessions;
        this.units = units;
    }

    /** Before-handler for /api/*: resolves the token; public paths pass without one. */
    void authenticate(Context ctx) {
        if (isPublic(ctx)) return;
        String token = bearer(ctx);
        User u = token == null ? null : sessions.resolve(token).orElse(null);
        if (u == null) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "未登录", token == null ? "请先登录（Authorization: Bearer 令牌）" : "登录已过期或令牌无效，请重新登录");
        }
        ctx.attribute(USER, u);
    }

    private static boolean isPublic(Context ctx) {
        String p = ctx.path();
        return p.equals("/api/login") || (ctx.method().name().equals("GET") && (p.equals("/api/templates") || p.startsWith("/api/templates/")));
    }

    /** The token of the request, or null. */
    static String bearer(Context ctx) {
        String h = ctx.header("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) return null;
        String t = h.substring(7).strip();
        return t.isEmpty() ? null : t;
    }

    /** The signed-in user (the before-handler has run). */
    public static User user(Context ctx) {
        User u = ctx.attribute(USER);
        if (u == null) throw new ApiError(401, "未登录", "请先登录");
        return u;
    }

    /** Whether the user may see and act for this unit. */
    public boolean covers(User u, String unitCode) {
        if (u.role() == Role.ADMIN) return true;
        if (unitCode == null) return false;
        if (u.unitCode().equals(unitCode)) return true;
        return u.role() != Role.COUNTY && units.within(unitCode, u.unitCode());
    }

    /** 400 unless a unit with this code exists. */
    public void requireKnown(String unitCode) {
        if (unitCode == null || !unitCode.matches("\\d{6}") || units.find(unitCode).isEmpty())
            throw ApiError.badRequest("单位代码无效", "没有代码为 " + unitCode + " 的单位（应为 6 位行政区划代码）");
    }

    /** 403 unless the caller covers the unit. */
    public User requireUnit(Context ctx, String unitCode) {
        User u = user(ctx);
        if (!covers(u, unitCode)) throw forbidden("无权查看或操作单位 " + unitCode + " 的数据");
        return u;
    }

    /**
     * 403 unless the caller may review this unit's filings: a city or province user for units below their own (their own
     * unit's filings are reviewed one level up), the root unit's users for the root itself, admins for all.
     */
    public User requireReviewer(Context ctx, String unitCode) {
        User u = user(ctx);
        if (u.role() == Role.ADMIN) return u;
        if (!u.role().reviewer()) throw forbidden("只有市州、省级审核人员可以审核");
        if (!covers(u, unitCode)) throw forbidden("无权审核单位 " + unitCode + " 的提交");
        if (u.unitCode().equals(unitCode) && units.find(unitCode).map(Unit::parent).orElse(null) != null)
            throw forbidden("本单位的提交由上级单位审核");
        return u;
    }

    public User requireAdmin(Context ctx) {
        User u = user(ctx);
        if (u.role() != Role.ADMIN) throw forbidden("只有系统管理员可以执行此操作");
        return u;
    }

    /** The units the user may see, parents before children (admins: the whole tree). */
    public List<Unit> scope(User u) {
        if (u.role() == Role.ADMIN) return units.all();
        if (u.role() == Role.COUNTY) return units.find(u.unitCode()).map(List::of).orElse(List.of());
        return units.subtree(u.unitCode());
    }

    public Set<String> scopeCodes(User u) {
        return Set.copyOf(scope(u).stream().map(Unit::code).toList());
    }

    static ApiError forbidden(String detail) {
        return new ApiError(403, "无权操作", detail);
    }
}
