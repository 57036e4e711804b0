package cn.shangwu.audit.web;

import cn.shangwu.audit.consolidate.Consolidator;
import cn.shangwu.audit.consolidate.StoredTables;
import cn.shangwu.audit.read.Upload;
import cn.shangwu.audit.store.AuditLog;
import cn.shangwu.audit.store.Reviews;
import cn.shangwu.audit.store.Submission;
import cn.shangwu.audit.store.Submissions;
import cn.shangwu.audit.template.CheckOptions;
import cn.shangwu.audit.template.Checked;
import cn.shangwu.audit.template.Form;
import cn.shangwu.audit.template.Forms;
import cn.shangwu.audit.store.User;
import cn.shangwu.audit.verify.Report;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Upload, report, annotated copy and original of submissions. */
final class SubmissionRoutes {
    /** What browsers, WPS and scripts send for a workbook part; anything else (text/html, images…) is refused before parsing. */
    private static final Set<String> WORKBOOK_TYPES = Set.of(TemplateRoutes.XLSX, TemplateRoutes.XLS, "application/octet-stream",
            "application/zip", "application/x-zip-compressed", "application/x-excel", "application/excel", "application/msexcel",
            "application/wps-office.xlsx", "application/wps-office.xls", "application/kset", "binary/octet-stream");

    private final Forms forms;
    private final Submissions submissions;
    private final Auth auth;
    private final Reviews reviews;
    private final AuditLog audit;
    private final WorkflowRoutes workflow;

    SubmissionRoutes(Forms forms, Submissions submissions, Auth auth, Reviews reviews, AuditLog audit, WorkflowRoutes workflow) {
        this.forms = forms;
        this.submissions = submissions;
        this.auth = auth;
        this.reviews = reviews;
        this.audit = audit;
        this.workflow = workflow;
    }

    void upload(Context ctx) throws IOException {
        User user = Auth.user(ctx);
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data"))
            throw new ApiError(415, "请求格式不支持", "请用 multipart/form-data 的 file 字段上传工作簿");
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null) throw ApiError.badRequest("缺少文件", "请用 multipart/form-data 的 file 字段上传工作簿");
        String partType = file.contentType() == null ? "" : file.contentType().toLowerCase(Locale.ROOT).split(";")[0].strip();
        if (!partType.isEmpty() && !WORKBOOK_TYPES.contains(partType))
            throw new ApiError(415, "文件类型不支持", "文件“" + file.filename() + "”的类型为 " + partType + "，请上传 .xlsx 或 .xls 工作簿");
        // A county's filings are its own; users above county level name the unit they file for (default: their own).
        String unit = ctx.formParam("unit");
        unit = unit == null || unit.isBlank() ? user.unitCode() : unit.strip();
        auth.requireUnit(ctx, unit);
        auth.requireKnown(unit);
        int year = WorkflowRoutes.year(ctx.formParam("year"));
        byte[] bytes;
        try (InputStream in = file.content()) {
            bytes = in.readAllBytes();
        }
        Upload upload = new Upload(file.filename(), bytes);
        Form form = forms.recognize(upload);
        if (reviews.locked(unit, year, form.id())) {
            audit.record(user, "UPLOAD_REFUSED", unit, null, "已通过并锁定，拒绝上传：" + form.name() + " " + year + " 年 " + file.filename(), ctx.ip());
            throw new ApiError(409, "已锁定", "单位 " + unit + " " + year + " 年的" + form.name() + "已审核通过并锁定，如需修改请联系上级审核人员解锁");
        }
        // Cross-form checks (表间审核) compare with the same unit's latest filing of another form for the same year.
        String u = unit;
        CheckOptions.OtherForms others = templateId -> submissions.latestFacts(u, year, templateId);
        // The 决算 tables as the consolidation sums them, read from the grids already built and before check() annotates.
        String tables = Consolidator.FINAL_ACCOUNTS.equals(form.id()) ? StoredTables.of(upload) : null;
        Checked checked = forms.check(form, upload, new CheckOptions(ctx.formParam("policy"), others));
        if (tables != null) checked = new Checked(checked.report(), checked.annotated(), checked.annotatedExtension(), checked.facts(), tables);
        Submission s = submissions.store(unit, year, file.filename(), bytes, checked, user.id());
        audit.record(user, "UPLOAD", unit, s.id(), form.name() + " " + year + " 年第 " + s.version() + " 版：" + file.filename()
                + "（错误 " + s.errors() + "，提示 " + s.warnings() + "）", ctx.ip());
        ctx.status(201).json(body(s, checked.report()));
    }

    void get(Context ctx) {
        Submission s = load(ctx);
        Report r = submissions.report(s.id()).orElseThrow();
        Map<String, Object> m = body(s, r);
        m.putAll(workflow.extras(s));
        ctx.json(m);
    }

    void annotated(Context ctx) {
        Submission s = load(ctx);
        byte[] b = submissions.annotated(s.id()).orElseThrow();
        String ext = s.annotatedExt();
        audit.record(Auth.user(ctx), "DOWNLOAD_ANNOTATED", s.unitCode(), s.id(), s.filename(), ctx.ip());
        TemplateRoutes.attachment(ctx, baseName(s.filename()) + "_审核结果." + ext, "xls".equals(ext) ? TemplateRoutes.XLS : TemplateRoutes.XLSX, b);
    }

    void original(Context ctx) {
        Submission s = load(ctx);
        byte[] b = submissions.original(s.id()).orElseThrow();
        audit.record(Auth.user(ctx), "DOWNLOAD_ORIGINAL", s.unitCode(), s.id(), s.filename(), ctx.ip());
        TemplateRoutes.attachment(ctx, s.filename(), "application/octet-stream", b);
    }

    private Submission load(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("编号无效", "提交编号应为数字：" + ctx.pathParam("id"));
        }
        Submission s = submissions.find(id).orElseThrow(() -> ApiError.notFound("没有编号为 " + id + " 的提交"));
        auth.requireUnit(ctx, s.unitCode());
        return s;
    }

    static Map<String, Object> body(Submission s, Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("status", s.status());
        m.put("unit", s.unitCode());
        m.put("year", s.year());
        m.put("version", s.version());
        m.put("filename", s.filename());
        m.put("sha256", s.originalSha256());
        m.put("createdAt", s.createdAt());
        m.put("template", r.template());
        m.put("templateVersion", r.templateVersion());
        m.put("score", r.score());
        m.put("findings", r.findings());
        m.put("meta", r.meta());
        return m;
    }

    static Integer parseYear(String y) {
        if (y == null || y.isBlank()) return null;
        try {
            int v = Integer.parseInt(y.strip());
            if (v < 2000 || v > 2100) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("年度无效", "year 应为 2000–2100 之间的年份，收到：" + y);
        }
    }

    private static String baseName(String f) {
        int dot = f.lastIndexOf('.');
        return dot > 0 ? f.substring(0, dot) : f;
    }
}
