package cn.shangwu.audit.web;

import cn.shangwu.audit.store.AuditLog;
import cn.shangwu.audit.store.Reviews;
import cn.shangwu.audit.store.Role;
import cn.shangwu.audit.store.Submission;
import cn.shangwu.audit.store.Submissions;
import cn.shangwu.audit.store.Unit;
import cn.shangwu.audit.store.User;
import cn.shangwu.audit.template.Form;
import cn.shangwu.audit.template.Forms;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;

import java.time.Year;
import java.util.*;

/** The review workflow over HTTP: status board, accept, return, unlock, 填报说明, version history, audit log. */
final class WorkflowRoutes {
    private final Forms forms;
    private final Submissions submissions;
    private final Reviews reviews;
    private final Auth auth;
    private final AuditLog audit;

    WorkflowRoutes(Forms forms, Submissions submissions, Reviews reviews, Auth auth, AuditLog audit) {
        this.forms = forms;
        this.submissions = submissions;
        this.reviews = reviews;
        this.auth = auth;
        this.audit = audit;
    }

    /** GET /api/status?year=Y: every unit in the caller's scope × every template, with the latest version's state. */
    void status(Context ctx) {
        User u = Auth.user(ctx);
        int year = year(ctx.queryParam("year"));
        List<Unit> scope = auth.scope(u);
        Map<String, Reviews.Latest> latest = new HashMap<>();
        for (Reviews.Latest l : reviews.latest(scope.stream().map(Unit::code).toList(), year))
            latest.put(l.submission().unitCode() + "/" + l.submission().template(), l);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Unit unit : scope) {
            for (Form f : forms.all()) {
                Reviews.Latest l = latest.get(unit.code() + "/" + f.id());
                Submission s = l == null ? null : l.submission();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("unit", unit.code());
                m.put("unitName", unit.name());
                m.put("level", unit.level());
                m.put("parent", unit.parent());
                m.put("year", year);
                m.put("template", f.id());
                m.put("templateName", f.name());
                m.put("state", s == null ? "NONE" : s.status());
                m.put("stateLabel", Reviews.label(s));
                m.put("id", s == null ? null : s.id());
                m.put("version", s == null ? null : s.version());
                m.put("score", s == null ? null : s.scoreVerified());
                m.put("scoreReported", s == null ? null : s.scoreReported());
                m.put("grade", s == null ? null : s.grade());
                m.put("errors", s == null ? null : s.errors());
                m.put("warnings", s == null ? null : s.warnings());
                m.put("locked", l != null && l.locked());
                m.put("updatedAt", s == null ? null : s.createdAt());
                rows.add(m);
            }
        }
        ctx.json(rows);
    }

    void accept(Context ctx) {
        Submission s = load(ctx);
        User u = auth.requireReviewer(ctx, s.unitCode());
        String comment = AuthRoutes.text(AuthRoutes.jsonBody(ctx), "comment");
        act(ctx, u, s, "ACCEPT", "通过", () -> reviews.accept(s.id(), u, comment));
    }

    void giveBack(Context ctx) {
        Submission s = load(ctx);
        User u = auth.requireReviewer(ctx, s.unitCode());
        String comment = AuthRoutes.text(AuthRoutes.jsonBody(ctx), "comment");
        if (comment == null || comment.isBlank()) throw ApiError.badRequest("缺少退回意见", "请求体应为 {\"comment\": \"退回意见\"}");
        act(ctx, u, s, "RETURN", "退回：" + comment, () -> reviews.giveBack(s.id(), u, comment));
    }

    void unlock(Context ctx) {
        Submission s = load(ctx);
        User u = auth.requireReviewer(ctx, s.unitCode());
        String reason = AuthRoutes.text(AuthRoutes.jsonBody(ctx), "comment");
        act(ctx, u, s, "UNLOCK", "解锁" + (reason == null ? "" : "：" + reason), () -> reviews.unlock(s.id(), u, reason));
    }

    /** POST /api/submissions/{id}/explanation {"text"}: the filing unit explains its WARNINGs (填报说明). */
    void explain(Context ctx) {
        Submission s = load(ctx);
        User u = auth.requireUnit(ctx, s.unitCode());
        boolean filer = u.unitCode().equals(s.unitCode()) || Objects.equals(s.createdBy(), u.id());
        if (!filer) throw Auth.forbidden("填报说明由填报单位提交");
        String text = AuthRoutes.text(AuthRoutes.jsonBody(ctx), "text");
        if (text == null || text.isBlank()) throw ApiError.badRequest("缺少填报说明", "请求体应为 {\"text\": \"说明内容\"}");
        act(ctx, u, s, "EXPLAIN", "填报说明：" + text, () -> reviews.explain(s.id(), u, text));
    }

    private void act(Context ctx, User u, Submission s, String action, String detail, Runnable step) {
        try {
            step.run();
        } catch (Reviews.Conflict e) {
            audit.record(u, action + "_REFUSED", s.unitCode(), s.id(), e.getMessage(), ctx.ip());
            throw new ApiError(409, "无法" + verb(action), e.getMessage());
        }
        audit.record(u, action, s.unitCode(), s.id(), detail, ctx.ip());
        Submission now = submissions.find(s.id()).orElseThrow();
        ctx.json(summary(now));
    }

    private static String verb(String action) {
        return switch (action) {
            case "ACCEPT" -> "通过";
            case "RETURN" -> "退回";
            case "UNLOCK" -> "解锁";
            default -> "提交填报说明";
        };
    }

    /** GET /api/submissions?unit=&year=&template=: versions newest first, with comments and explanations. */
    void history(Context ctx) {
        User u = Auth.user(ctx);
        String unit = Optional.ofNullable(ctx.queryParam("unit")).filter(x -> !x.isBlank()).orElse(u.unitCode());
        auth.requireUnit(ctx, unit);
        StringBuilder sql = new StringBuilder("SELECT " + Submissions.columns() + " FROM submission WHERE unit_code = ?");
        List<Object> params = new ArrayList<>(List.of(unit));
        String y = ctx.queryParam("year");
        if (y != null && !y.isBlank()) {
            sql.append(" AND report_year = ?");
            params.add(year(y));
        }
        String t = ctx.queryParam("template");
        if (t != null && !t.isBlank()) {
            sql.append(" AND template = ?");
            params.add(t);
        }
        sql.append(" ORDER BY report_year DESC, template, version DESC LIMIT 500");
        ctx.json(submissions.query(sql.toString(), params.toArray()).stream().map(this::summary).toList());
    }

    /** GET /api/audit?unit=&submission=&limit=: admins see every row, reviewers the rows of their subtree. */
    void auditLog(Context ctx) {
        User u = Auth.user(ctx);
        if (!u.role().reviewer()) throw Auth.forbidden("审计日志仅供审核人员和管理员查看");
        Collection<String> units = u.role() == Role.ADMIN ? null : auth.scopeCodes(u);
        String unit = ctx.queryParam("unit");
        if (unit != null && !unit.isBlank()) {
            auth.requireUnit(ctx, unit);
            units = List.of(unit);
        }
        Long sub = null;
        String sp = ctx.queryParam("submission");
        if (sp != null && !sp.isBlank()) {
            long id = id(sp);
            Submission s = submissions.find(id).orElseThrow(() -> ApiError.notFound("没有编号为 " + id + " 的提交"));
            auth.requireUnit(ctx, s.unitCode());
            sub = id;
        }
        int limit = 200;
        String lp = ctx.queryParam("limit");
        if (lp != null && lp.matches("\\d{1,4}")) limit = Integer.parseInt(lp);
        ctx.json(audit.list(units, sub, limit));
    }

    /** A submission's workflow view: state, lock, explanation, reviewer comments. */
    Map<String, Object> summary(Submission s) {
        Reviews.State st = reviews.state(s.id());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("unit", s.unitCode());
        m.put("year", s.year());
        m.put("template", s.template());
        m.put("version", s.version());
        m.put("filename", s.filename());
        m.put("status", s.status());
        m.put("stateLabel", Reviews.label(s));
        m.put("locked", st.locked());
        m.put("score", s.scoreVerified());
        m.put("scoreReported", s.scoreReported());
        m.put("grade", s.grade());
        m.put("errors", s.errors());
        m.put("warnings", s.warnings());
        m.put("infos", s.infos());
        m.put("createdAt", s.createdAt());
        m.put("explanation", st.explanation());
        m.put("reviewedAt", st.reviewedAt());
        m.put("notes", reviews.notes(s.id()));
        return m;
    }

    /** Workflow fields added to GET /api/submissions/{id}. */
    Map<String, Object> extras(Submission s) {
        Map<String, Object> m = summary(s);
        Map<String, Object> out = new LinkedHashMap<>();
        for (String k : List.of("stateLabel", "locked", "explanation", "reviewedAt", "notes")) out.put(k, m.get(k));
        return out;
    }

    private Submission load(Context ctx) {
        long id = id(ctx.pathParam("id"));
        Submission s = submissions.find(id).orElseThrow(() -> ApiError.notFound("没有编号为 " + id + " 的提交"));
        auth.requireUnit(ctx, s.unitCode());
        return s;
    }

    static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("编号无效", "提交编号应为数字：" + text);
        }
    }

    /** The report year: given, or last year (the usual year being filed). */
    static int year(String text) {
        Integer y = SubmissionRoutes.parseYear(text);
        return y == null ? Year.now().getValue() - 1 : y;
    }
}
