package cn.shangwu.audit.form.finalaccounts;

import cn.shangwu.audit.annotate.Annotator;
import cn.shangwu.audit.read.BadWorkbookException;
import cn.shangwu.audit.read.Grid;
import cn.shangwu.audit.read.Upload;
import cn.shangwu.audit.template.CheckOptions;
import cn.shangwu.audit.template.Checked;
import cn.shangwu.audit.template.Fact;
import cn.shangwu.audit.template.Form;
import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Report;
import cn.shangwu.audit.verify.Severity;
import cn.shangwu.audit.verify.rules.*;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** F4 部门决算公开01–09表: one workbook, one sheet per table; every 表内 and 表间 relation of the rule set. */
public final class FinalAccountsForm implements Form {
    public static final String ID = "final-accounts";
    public static final String VERSION = "2024.1";

    private final RuleSet rules = RuleSet.load("/templates/final-accounts/rules.json");
    private final CodeList codes = CodeList.load();
    private final java.util.Set<String> classNames = codes.classNames();

    @Override public String id() { return ID; }
    @Override public String name() { return "部门决算公开01–09表"; }
    @Override public String version() { return VERSION; }

    @Override
    public int recognize(Upload upload) {
        int n = 0;
        for (Grid g : upload.grids()) if (TableIds.of(g) != null) n++;
        // a workbook with several 决算 tables is F4 even if it also carries a 基础数据表 sheet (as seed 001 does)
        return n == 0 ? 0 : n == 1 ? 60 : 100 + 20 * n;
    }

    @Override
    public Checked check(Upload upload, CheckOptions options) {
        return checkOrThrow(upload, options);
    }

    private Checked checkOrThrow(Upload upload, CheckOptions options) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Table> tables = read(upload, findings);
        if (tables.isEmpty())
            throw new BadWorkbookException("未找到部门决算表", "文件“" + upload.filename() + "”中没有可识别的公开01–09表（按工作表名或表名“收入支出决算总表”等查找）");
        for (String id : List.of("01", "02", "03", "04", "05", "06", "07", "08", "09"))
            if (!tables.containsKey(id))
                findings.add(Finding.of("F4.table-missing", Severity.WARNING, null, null,
                        "缺少公开" + id + "表（" + TableIds.NAMES.get(id) + "），相关表间审核未执行"));
        for (String id : List.of("02", "03", "05", "08", "09")) if (tables.containsKey(id)) codes.checkFunctional(tables.get(id), findings);
        if (tables.containsKey("06")) codes.checkEconomic(tables.get("06"), findings);
        for (String id : List.of("08", "09")) emptyNeedsNote(tables.get(id), findings);
        if (ID.equals(upload.templateId())) formulas(tables, findings);
        RuleEngine engine = new RuleEngine(tables);
        findings.addAll(engine.run(rules));
        Map<String, Fact> facts = engine.facts(rules);
        findings.addAll(CrossForm.check(ID, facts, options.others()));
        Report report = new Report(ID, VERSION, null, findings, meta(upload));
        byte[] annotated = Annotator.annotate(upload.workbook(), report);
        return new Checked(report, annotated, upload.kind() == Upload.Kind.XLS ? "xls" : "xlsx", facts);
    }

    /** Tables by id, each read by the reader for its layout. Public for the consolidation and the benchmark. */
    public Map<String, Table> read(Upload upload, List<Finding> findings) {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Grid g : upload.grids()) {
            String id = TableIds.of(g);
            if (id == null || tables.containsKey(id)) continue;
            SheetReading in = new SheetReading(g, "F4");
            Table t = switch (TableIds.LAYOUTS.getOrDefault(id, "coded")) {
                case "balance" -> TableReaders.balance(id, in, classNames);
                case "economic" -> TableReaders.economic(id, in);
                case "sanGong" -> TableReaders.sanGong(id, in);
                default -> TableReaders.coded(id, in);
            };
            if (t == null) {
                findings.add(Finding.of("F4.layout", Severity.ERROR, g.sheet().getSheetName(), null,
                        "工作表“" + g.sheet().getSheetName() + "”像是公开" + id + "表，但未找到表头（科目编码/项目、行次、栏次），无法审核"));
                continue;
            }
            findings.addAll(in.notes());
            tables.put(id, t);
        }
        return tables;
    }

    private static void emptyNeedsNote(Table t, List<Finding> out) {
        if (t == null || !t.empty()) return;
        String note = Grid.squash(t.note());
        if (note.contains("没有") || note.contains("无") || note.contains("不涉及") || note.contains("未发生")) return;
        out.add(Finding.of("F4.empty-note", Severity.WARNING, t.sheet(), null,
                "公开" + t.id() + "表无数据，请在备注中说明本单位没有此项资金（如“本单位没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据”）"));
    }

    /** Cells that are formulas in our blank must stay formulas: a typed-over total no longer follows its parts. */
    private void formulas(Map<String, Table> tables, List<Finding> out) {
        for (var e : rules.formulaRows().entrySet()) {
            Table t = tables.get(e.getKey());
            if (t == null) continue;
            for (TRow r : t.rows()) {
                if (!e.getValue().contains(r.label())) continue;
                for (Val v : r.cells().values())
                    if (v.present() && !v.formula())
                        out.add(Finding.of("F4.formula-overwritten", Severity.WARNING, v.sheet(), v.ref(),
                                "“" + r.label() + "”在模板中为公式，已被改为常数 " + v.value().toPlainString() + "，请恢复公式"));
            }
        }
    }

    private static final Pattern YEAR = Pattern.compile("(20\\d{2})年度?");

    private static Map<String, Object> meta(Upload upload) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Grid g : upload.grids()) {
            for (int r = 0; r < Math.min(8, g.rows()); r++)
                for (int c = 0; c < g.cols(); c++) {
                    String k = g.key(r, c);
                    if (k.startsWith("部门:") && k.length() > 3 && !m.containsKey("unitName")) m.put("unitName", k.substring(3));
                    Matcher y = YEAR.matcher(k);
                    if (y.find() && !m.containsKey("year")) m.put("year", Integer.parseInt(y.group(1)));
                }
        }
        return m;
    }

    @Override
    public byte[] blank() {
        return FinalAccountsBlank.build();
    }
}
