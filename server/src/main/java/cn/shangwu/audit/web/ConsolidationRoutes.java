package cn.shangwu.audit.web;

import cn.shangwu.audit.consolidate.Consolidation;
import cn.shangwu.audit.consolidate.Consolidator;
import io.javalin.http.Context;

/**
 * GET /api/consolidations/{unitId}?year=&template= (the workbook) and …/summary (the same figures as JSON).
 * Reviewers (city, province) and admins consolidate their own subtree.
 */
final class ConsolidationRoutes {
    private final Consolidator consolidator;
    private final Auth auth;

    ConsolidationRoutes(Consolidator consolidator, Auth auth) {
        this.consolidator = consolidator;
        this.auth = auth;
    }

    void workbook(Context ctx) {
        Consolidation c = run(ctx, true);
        TemplateRoutes.attachment(ctx, c.filename(), TemplateRoutes.XLSX, c.workbook());
    }

    void summary(Context ctx) {
        Consolidation c = run(ctx, false);
        ctx.json(c.summary());
    }

    private Consolidation run(Context ctx, boolean record) {
        String unit = ctx.pathParam("unitId");
        if (!unit.matches("\\d{6}")) throw ApiError.badRequest("单位代码无效", "单位代码应为 6 位行政区划代码，收到：" + unit);
        // Reviewers (city, province) and admins consolidate their own subtree; a county has nothing below it to consolidate.
        if (auth.requireUnit(ctx, unit).role() == cn.shangwu.audit.store.Role.COUNTY)
            throw new ApiError(403, "无权汇总", "汇总由市州、省级审核人员下载");
        Integer year = SubmissionRoutes.parseYear(ctx.queryParam("year"));
        if (year == null) throw ApiError.badRequest("缺少年度", "请在查询参数 year 中给出报告年度，如 ?year=2023");
        String template = ctx.queryParam("template");
        if (template == null || !Consolidator.TEMPLATES.contains(template))
            throw ApiError.badRequest("汇总表格无效", "template 应为 " + String.join("、", Consolidator.TEMPLATES) + " 之一，收到：" + template);
        var result = record ? consolidator.consolidate(unit, year, template) : consolidator.build(unit, year, template);
        return result.orElseThrow(() -> ApiError.notFound("没有代码为 " + unit + " 的单位"));
    }
}
