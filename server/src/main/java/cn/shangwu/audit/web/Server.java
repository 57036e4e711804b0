package cn.shangwu.audit.web;

import cn.shangwu.audit.Json;
import cn.shangwu.audit.read.BadWorkbookException;
import cn.shangwu.audit.store.AuditLog;
import cn.shangwu.audit.store.Database;
import cn.shangwu.audit.store.Reviews;
import cn.shangwu.audit.store.Sessions;
import cn.shangwu.audit.store.Units;
import cn.shangwu.audit.store.Users;
import cn.shangwu.audit.store.StoreException;
import cn.shangwu.audit.store.Submissions;
import cn.shangwu.audit.template.Forms;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import io.javalin.openapi.plugin.swagger.SwaggerPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;

/** The HTTP server: every route in one visible place; handlers live in small classes per area. */
public final class Server {
    private static final Logger log = LoggerFactory.getLogger(Server.class);
    public static final long MAX_UPLOAD = 200L * 1024 * 1024;
    /** How long a login token stays valid (TOKEN_TTL_HOURS, default 8: a working day). */
    static final Duration TOKEN_TTL = Duration.ofHours(Long.parseLong(System.getenv().getOrDefault("TOKEN_TTL_HOURS", "8")));

    private Server() {}

    /** Builds the app over the given database; call {@code start(port)} on the result. */
    public static Javalin create(Database db, Forms forms) {
        return create(db, forms, new Users(db.dataSource()));
    }

    /** As above with the given user store (tests pass one with a cheap bcrypt cost). */
    public static Javalin create(Database db, Forms forms, Users users) {
        Submissions submissions = new Submissions(db.dataSource());
        TemplateRoutes templates = new TemplateRoutes(forms);
        Units units = new Units(db.dataSource());
        Sessions sessions = new Sessions(db.dataSource(), TOKEN_TTL);
        AuditLog audit = new AuditLog(db.dataSource());
        Reviews reviews = new Reviews(db.dataSource());
        Auth auth = new Auth(sessions, units);
        AuthRoutes login = new AuthRoutes(users, sessions, units, audit, LoginLimiter.standard());
        UnitRoutes unitRoutes = new UnitRoutes(units, auth, audit);
        WorkflowRoutes workflow = new WorkflowRoutes(forms, submissions, reviews, auth, audit);
        SubmissionRoutes subs = new SubmissionRoutes(forms, submissions, auth, reviews, audit, workflow);
        ConsolidationRoutes consolidations = new ConsolidationRoutes(new cn.shangwu.audit.consolidate.Consolidator(db.dataSource(), forms), auth);

        Javalin app = Javalin.create(cfg -> {
            cfg.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            cfg.showJavalinBanner = false;
            cfg.http.maxRequestSize = MAX_UPLOAD;
            cfg.jetty.multipartConfig.maxFileSize(MAX_UPLOAD, io.javalin.config.SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxTotalRequestSize(MAX_UPLOAD, io.javalin.config.SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxInMemoryFileSize(16, io.javalin.config.SizeUnit.MB);
            cfg.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/public";
                s.location = io.javalin.http.staticfiles.Location.CLASSPATH;
                s.headers = Map.of("Content-Security-Policy", SecurityHeaders.CSP, "X-Content-Type-Options", "nosniff",
                        "X-Frame-Options", "DENY", "Referrer-Policy", "no-referrer", "Cache-Control", "no-cache");
            });
            cfg.registerPlugin(new SwaggerPlugin(s -> {
                s.setDocumentationPath("/openapi");
                s.setUiPath("/swagger");
                s.setTitle("审核服务 API");
            }));
        });

        app.before(SecurityHeaders::apply);
        app.before("/api/*", auth::authenticate);

        app.get("/health", ctx -> {
            if (db.healthy()) ctx.json(Map.of("status", "ok"));
            else ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("status", "down"));
        });
        app.get("/openapi", ctx -> ctx.contentType("application/json").result(Server.class.getResourceAsStream("/openapi.json")));

        app.get("/api/templates", templates::list);
        app.get("/api/templates/{id}/blank", templates::blank);

        app.post("/api/submissions", subs::upload);
        app.get("/api/submissions/{id}", subs::get);
        app.get("/api/submissions/{id}/annotated", subs::annotated);
        app.get("/api/submissions/{id}/original", subs::original);

        app.post("/api/login", login::login);
        app.post("/api/logout", login::logout);
        app.get("/api/me", login::me);
        app.get("/api/units", unitRoutes::tree);
        app.put("/api/units/{code}", unitRoutes::put);
        app.get("/api/status", workflow::status);
        app.get("/api/submissions", workflow::history);
        app.post("/api/submissions/{id}/accept", workflow::accept);
        app.post("/api/submissions/{id}/return", workflow::giveBack);
        app.post("/api/submissions/{id}/unlock", workflow::unlock);
        app.post("/api/submissions/{id}/explanation", workflow::explain);
        app.get("/api/audit", workflow::auditLog);
        app.get("/api/consolidations/{unitId}", consolidations::workbook);
        app.get("/api/consolidations/{unitId}/summary", consolidations::summary);

        app.exception(ApiError.class, (e, ctx) -> ctx.status(e.status()).json(error(e.error(), e.detail())));
        app.exception(BadWorkbookException.class, (e, ctx) -> ctx.status(422).json(error(e.error(), e.detail())));
        app.exception(StoreException.class, (e, ctx) -> {
            log.error("数据库错误：{}", e.getMessage(), e);
            ctx.status(503).json(error("数据库暂不可用", "请稍后重试"));
        });
        app.exception(Exception.class, (e, ctx) -> {
            log.error("未处理的错误 {} {}", ctx.method(), ctx.path(), e);
            ctx.status(500).json(error("服务器内部错误", "请稍后重试；如持续出现请联系管理员"));
        });
        app.error(404, ctx -> {
            if (ctx.result() == null) ctx.json(error("未找到", "没有这个地址：" + ctx.path()));
        });
        app.error(413, ctx -> ctx.json(error("文件过大", "上传文件不能超过 200 MB")));
        return app;
    }

    public static Map<String, String> error(String error, String detail) {
        return Map.of("error", error, "detail", detail == null ? "" : detail);
    }
}
