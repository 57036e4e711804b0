package cn.shangwu.audit.web;

import cn.shangwu.audit.read.Upload;
import cn.shangwu.audit.store.Submission;
import cn.shangwu.audit.store.Submissions;
import cn.shangwu.audit.template.CheckOptions;
import cn.shangwu.audit.template.Checked;
import cn.shangwu.audit.template.Forms;
import cn.shangwu.audit.verify.Report;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** Upload, report, annotated copy and original of submissions. */
final class SubmissionRoutes {
    private final Forms forms;
    private final Submissions submissions;

    SubmissionRoutes(Forms forms, Submissions submissions) {
        this.forms = forms;
        this.submissions = submissions;
    }

    void upload(Context ctx) throws IOException {
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null) throw ApiError.badRequest("缺少文件", "请用 multipart/form-data 的 file 字段上传工作簿");
        byte[] bytes;
        try (InputStream in = file.content()) {
            bytes = in.readAllBytes();
        }
        Integer year = parseYear(ctx.formParam("year"));
        String unit = ctx.formParam("unit");
        Upload upload = new Upload(file.filename(), bytes);
        // cross-form checks (表间审核) against the same unit's latest other forms of the same year
        CheckOptions.OtherForms others = unit == null || unit.isBlank() || year == null ? CheckOptions.OtherForms.NONE
                : template -> submissions.latestFacts(unit, year, template);
        Checked checked = forms.check(upload, new CheckOptions(ctx.formParam("policy"), others));
        Submission s = submissions.store(unit, year, file.filename(), bytes, checked, null);
        ctx.status(201).json(body(s, checked.report()));
    }

    void get(Context ctx) {
        Submission s = load(ctx);
        Report r = submissions.report(s.id()).orElseThrow();
        ctx.json(body(s, r));
    }

    void annotated(Context ctx) {
        Submission s = load(ctx);
        byte[] b = submissions.annotated(s.id()).orElseThrow();
        String ext = s.annotatedExt();
        TemplateRoutes.attachment(ctx, baseName(s.filename()) + "_审核结果." + ext, "xls".equals(ext) ? TemplateRoutes.XLS : TemplateRoutes.XLSX, b);
    }

    void original(Context ctx) {
        Submission s = load(ctx);
        byte[] b = submissions.original(s.id()).orElseThrow();
        TemplateRoutes.attachment(ctx, s.filename(), "application/octet-stream", b);
    }

    private Submission load(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("编号无效", "提交编号应为数字：" + ctx.pathParam("id"));
        }
        return submissions.find(id).orElseThrow(() -> ApiError.notFound("没有编号为 " + id + " 的提交"));
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
