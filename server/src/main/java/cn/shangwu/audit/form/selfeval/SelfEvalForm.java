package cn.shangwu.audit.form.selfeval;

import cn.shangwu.audit.annotate.Annotator;
import cn.shangwu.audit.read.BadWorkbookException;
import cn.shangwu.audit.read.Grid;
import cn.shangwu.audit.read.Upload;
import cn.shangwu.audit.score.Policy;
import cn.shangwu.audit.template.CheckOptions;
import cn.shangwu.audit.template.Checked;
import cn.shangwu.audit.template.Fact;
import cn.shangwu.audit.template.Form;
import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Report;
import cn.shangwu.audit.verify.Score;
import org.apache.poi.ss.usermodel.FormulaEvaluator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scored self-evaluation form (F1 项目支出绩效自评表, F2 部门整体支出绩效自评表): read by its label mapping,
 * verified and re-scored by its rule set, returned annotated. Both live in {@code templates/<id>/}.
 */
public class SelfEvalForm implements Form {
    public static final String VERSION = "2024.1";

    private final String id;
    private final String name;
    private final String prefix;
    private final BlankWriter.Kind kind;
    private final SelfEvalReader reader;
    private final SelfEvalVerifier verifier;
    private final Rules rules;
    private volatile byte[] blank;

    protected SelfEvalForm(String id, String name, String prefix, BlankWriter.Kind kind) {
        this.id = id;
        this.name = name;
        this.prefix = prefix;
        this.kind = kind;
        this.rules = Rules.load(id, prefix);
        this.reader = new SelfEvalReader(Mapping.load(id), rules);
        this.verifier = new SelfEvalVerifier(rules);
    }

    /** F1 项目支出绩效自评表. */
    public static SelfEvalForm project() {
        return new SelfEvalForm("project-self-eval", "项目支出绩效自评表", "F1", BlankWriter.Kind.PROJECT);
    }

    /** F2 部门整体支出绩效自评表. */
    public static SelfEvalForm dept() {
        return new SelfEvalForm("dept-self-eval", "部门整体支出绩效自评表", "F2", BlankWriter.Kind.DEPT);
    }

    @Override public String id() { return id; }
    @Override public String name() { return name; }
    @Override public String version() { return VERSION; }

    @Override
    public int recognize(Upload upload) {
        return reader.recognize(upload);
    }

    @Override
    public Checked check(Upload upload, CheckOptions options) {
        return run(upload, options, true);
    }

    /** Reads, verifies and scores without writing the annotated workbook (its bytes are left empty). */
    public Checked report(Upload upload, CheckOptions options) {
        return run(upload, options, false);
    }

    private Checked run(Upload upload, CheckOptions options, boolean annotate) {
        Policy policy;
        try {
            policy = Policy.parse(options.policy());
        } catch (IllegalArgumentException e) {
            throw new BadWorkbookException("评分办法无效", e.getMessage());
        }
        Grid g = reader.sheet(upload);
        List<Finding> findings = new ArrayList<>();
        SelfEval form = reader.read(upload, g, findings);
        FormulaEvaluator ev = upload.workbook().getCreationHelper().createFormulaEvaluator();
        FormulaIntegrity.check(g.sheet(), form, id.equals(upload.templateId()), ev, rules, findings);
        Score score = verifier.verify(form, policy, findings);
        blankComputedCells(form, score, findings);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("sheet", form.sheet());
        // "project" (项目支出名称) is what the 绩效汇总 lists per row; F2 names the department instead.
        if (form.name() != null) meta.put(id.equals("project-self-eval") ? "project" : "name", form.name());
        meta.put("policy", policy.name());
        Report report = new Report(id, VERSION, score, findings, meta);
        byte[] annotated = new byte[0];
        if (annotate) {
            fillIn(g.sheet(), findings);
            FormulaIntegrity.recalc(g.sheet(), ev);
            annotated = Annotator.annotate(upload.workbook(), report);
        }
        return new Checked(report, annotated, upload.kind() == Upload.Kind.XLS ? "xls" : "xlsx", facts(form));
    }

    /** 执行率, 执行率得分, 总分, 等级 left empty in a clerk's copy: say so; {@link #check} fills in the verified value. */
    private void blankComputedCells(SelfEval f, Score score, List<Finding> out) {
        SelfEval.FundsRow t = f.funds().total();
        Val budget = t.get("budget"), executed = t.get("executed");
        if (budget != null && budget.present() && budget.value().signum() > 0 && executed != null && executed.present()) {
            java.math.BigDecimal rate = executed.value().divide(budget.value(), 4, java.math.RoundingMode.HALF_UP);
            blank(f, t.get("rate"), "执行率", rate, out);
            blank(f, t.get("score"), "执行率得分", java.math.BigDecimal.TEN.multiply(rate.min(java.math.BigDecimal.ONE))
                    .setScale(2, java.math.RoundingMode.HALF_UP), out);
        }
        if (f.total() != null) blank(f, f.total().score(), "总分", score.verified(), out);
    }

    private void blank(SelfEval f, Val v, String what, java.math.BigDecimal value, List<Finding> out) {
        if (v == null || v.col() < 0 || v.present() || v.formula() || !v.amount().isEmpty() || value == null) return;
        out.add(rules.finding("filled-in", f.sheet(), v.a1(), value, null, what, null));
    }

    /** Writes the verified value into each cell an INFO filled-in finding names (empty cells only). */
    private void fillIn(org.apache.poi.ss.usermodel.Sheet sheet, List<Finding> findings) {
        for (Finding fd : findings) {
            if (!fd.rule().endsWith(".filled-in") || fd.cell() == null || fd.expected() == null) continue;
            var a = new org.apache.poi.ss.util.CellAddress(fd.cell());
            var row = sheet.getRow(a.getRow());
            if (row == null) row = sheet.createRow(a.getRow());
            var cell = row.getCell(a.getColumn());
            if (cell == null) cell = row.createCell(a.getColumn());
            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK) cell.setCellValue(fd.expected().doubleValue());
        }
    }

    /** Named figures for checks across forms: the totals and, for F2, the 基本/项目支出 breakdown. */
    private Map<String, Fact> facts(SelfEval f) {
        Map<String, Fact> out = new LinkedHashMap<>();
        SelfEval.FundsRow t = f.funds().total();
        fact(out, prefix + ".全年预算数", t.get("budget"), f.sheet());
        fact(out, prefix + ".全年执行数", t.get("executed"), f.sheet());
        fact(out, prefix + ".年初预算数", t.get("planned"), f.sheet());
        for (SelfEval.Breakdown b : f.funds().breakdowns())
            for (SelfEval.FundsRow p : b.parts())
                for (var e : Map.of("planned", "年初预算数", "budget", "全年预算数", "executed", "全年执行数").entrySet())
                    fact(out, prefix + "." + p.label() + "." + e.getValue(), p.get(e.getKey()), f.sheet());
        if (f.total() != null) fact(out, prefix + ".总分", f.total().score(), f.sheet());
        return out;
    }

    private static void fact(Map<String, Fact> out, String key, Val v, String sheet) {
        if (v != null && v.present()) out.put(key, new Fact(v.value(), sheet, v.a1()));
    }

    @Override
    public byte[] blank() {
        byte[] b = blank;
        if (b == null) blank = b = BlankWriter.write(kind, id, VERSION);
        return b.clone();
    }
}
