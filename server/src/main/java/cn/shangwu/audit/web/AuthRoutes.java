package cn.shangwu.audit.web;

import cn.shangwu.audit.Json;
import cn.shangwu.audit.store.AuditLog;
import cn.shangwu.audit.store.Sessions;
import cn.shangwu.audit.store.Units;
import cn.shangwu.audit.store.User;
import cn.shangwu.audit.store.Users;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** POST /api/login, POST /api/logout, GET /api/me. Passwords and tokens are never logged. */
final class AuthRoutes {
    private static final Logger log = LoggerFactory.getLogger(AuthRoutes.class);
    private final Users users;
    private final Sessions sessions;
    private final Units units;
    private final AuditLog audit;
    private final LoginLimiter limiter;

    AuthRoutes(Users users, Sessions sessions, Units units, AuditLog audit, LoginLimiter limiter) {
        this.users = users;
        this.sessions = sessions;
        this.units = units;
        this.audit = audit;
        this.limiter = limiter;
    }

    void login(Context ctx) {
        JsonNode body = jsonBody(ctx);
        String username = text(body, "username");
        String password = text(body, "password");
        if (username == null || password == null) throw ApiError.badRequest("缺少用户名或密码", "请求体应为 {\"username\",\"password\"}");
        String ip = ctx.ip();
        long wait = limiter.retryAfter(username, ip);
        if (wait > 0) {
            audit.record(null, username, "LOGIN_BLOCKED", null, null, "登录失败次数过多，暂时禁止", ip);
            ctx.header("Retry-After", String.valueOf(wait));
            throw new ApiError(429, "登录尝试过于频繁", "请 " + wait + " 秒后再试");
        }
        Optional<User> u = users.authenticate(username, password);
        if (u.isEmpty()) {
            limiter.failed(username, ip);
            audit.record(null, username, "LOGIN_FAILED", null, null, "用户名或密码错误", ip);
            log.info("登录失败：{}，来自 {}", username, ip);
            throw new ApiError(401, "用户名或密码错误", "请检查后重试；连续失败多次将被暂时禁止登录");
        }
        limiter.succeeded(username);
        User user = u.get();
        Sessions.Issued issued = sessions.issue(user.id());
        audit.record(user, "LOGIN", user.unitCode(), null, null, ip);
        log.info("登录：{}（{}，{}），来自 {}", user.username(), user.role().key(), user.unitCode(), ip);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("token", issued.token());
        out.put("expiresAt", issued.expiresAt());
        out.put("user", describe(user));
        ctx.json(out);
    }

    void logout(Context ctx) {
        User u = Auth.user(ctx);
        sessions.revoke(Auth.bearer(ctx));
        audit.record(u, "LOGOUT", u.unitCode(), null, null, ctx.ip());
        ctx.status(204);
    }

    void me(Context ctx) {
        ctx.json(describe(Auth.user(ctx)));
    }

    Map<String, Object> describe(User u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", u.username());
        m.put("role", u.role().key());
        m.put("roleName", u.role().label());
        m.put("unit", u.unitCode());
        m.put("unitName", units.find(u.unitCode()).map(x -> x.name()).orElse(u.unitCode()));
        return m;
    }

    static JsonNode jsonBody(Context ctx) {
        try {
            byte[] b = ctx.bodyAsBytes();
            if (b.length == 0) return Json.MAPPER.createObjectNode();
            JsonNode n = Json.MAPPER.readTree(b);
            if (n == null || !n.isObject()) throw ApiError.badRequest("请求体无效", "请求体应为 JSON 对象");
            return n;
        } catch (IOException e) {
            throw ApiError.badRequest("请求体无效", "请求体不是有效的 JSON");
        }
    }

    static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        return n == null || n.isNull() || !n.isValueNode() ? null : n.asText();
    }
}
