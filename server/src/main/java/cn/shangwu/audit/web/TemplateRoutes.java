package cn.shangwu.audit.web;

import cn.shangwu.audit.template.Form;
import cn.shangwu.audit.template.Forms;
import io.javalin.http.Context;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** GET /api/templates and the blanks. */
final class TemplateRoutes {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String XLS = "application/vnd.ms-excel";

    private final Forms forms;

    TemplateRoutes(Forms forms) {
        this.forms = forms;
    }

    void list(Context ctx) {
        List<Map<String, String>> out = forms.all().stream()
                .map(f -> Map.of("id", f.id(), "name", f.name(), "version", f.version()))
                .toList();
        ctx.json(out);
    }

    void blank(Context ctx) {
        Form f = forms.byId(ctx.pathParam("id")).orElseThrow(() -> ApiError.notFound("没有这个表格模板：" + ctx.pathParam("id")));
        attachment(ctx, f.name() + ".xlsx", XLSX, f.blank());
    }

    static void attachment(Context ctx, String filename, String contentType, byte[] bytes) {
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        ctx.header("Content-Disposition", "attachment; filename=\"download\"; filename*=UTF-8''" + encoded);
        ctx.contentType(contentType);
        ctx.result(bytes);
    }
}
