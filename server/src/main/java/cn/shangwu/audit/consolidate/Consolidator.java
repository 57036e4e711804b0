package cn.shangwu.audit.consolidate;

import cn.shangwu.audit.store.Submissions;
import cn.shangwu.audit.template.Forms;
import cn.shangwu.audit.verify.Report;

import javax.sql.DataSource;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.*;

/**
 * The consolidation engine (汇总): over a unit's subtree and a year, takes each unit's latest accepted filing of a form
 * and builds the consolidated workbook from the jxls template of that form, with 问题清单, 未上报及未通过 and 采用版本.
 * Province level is the same over cities: the subtree covers it (层层汇总).
 */
public final class Consolidator {
    public static final String PERFORMANCE = "project-self-eval";
    public static final String FINAL_ACCOUNTS = "final-accounts";
    public static final String FUND_EXECUTION = "fund-execution";
    public static final List<String> TEMPLATES = List.of(PERFORMANCE, FINAL_ACCOUNTS, FUND_EXECUTION);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private final DataSource ds;
    private final Submissions submissions;
    private final Selector selector;
    private final Forms forms;
    private final FundRows fundRows;
    private final ConsolidationLog log;
    private final StoredTables tables;

    /** {@code fundRows} reads F5 originals; the F5 form's streaming reader plugs in here. */
    public Consolidator(DataSource ds, Forms forms, FundRows fundRows) {
        this.ds = ds;
        this.submissions = new Submissions(ds);
        this.selector = new Selector(ds);
        this.forms = forms;
        this.fundRows = fundRows;
        this.log = new ConsolidationLog(ds);
        this.tables = new StoredTables(ds);
    }

    public Consolidator(DataSource ds, Forms forms) {
        this(ds, forms, FundRows.streaming());
    }

    /**
     * Loads the workbook machinery (POI, jxls, the F4 rules) with a consolidation of no filings, so the first request
     * after a start does not pay for it (≈ 2–3 s on the 2-core machine). Records nothing; never fails.
     */
    public void warmUp() {
        try {
            Optional<String> root = new cn.shangwu.audit.store.Units(ds).all().stream().filter(u -> u.parent() == null)
                    .map(cn.shangwu.audit.store.Unit::code).findFirst();
            if (root.isPresent()) for (String t : TEMPLATES) build(root.get(), 1900, t);
        } catch (RuntimeException | LinkageError e) {
            // only a warm-up: the real request reports its own errors
        }
    }

    /** Builds and records the consolidated workbook; empty when the unit does not exist. */
    public Optional<Consolidation> consolidate(String unitCode, int year, String template) {
        Optional<Consolidation> c = build(unitCode, year, template);
        c.ifPresent(log::record);
        return c;
    }

    /** Builds without recording (the JSON summary uses the same figures). */
    public Optional<Consolidation> build(String unitCode, int year, String template) {
        if (!TEMPLATES.contains(template))
            throw new IllegalArgumentException("不支持汇总的表格：" + template + "（可选：" + String.join("、", TEMPLATES) + "）");
        return selector.select(unitCode, year, template).map(sel -> switch (template) {
            case PERFORMANCE -> performance(sel);
            case FINAL_ACCOUNTS -> finalAccounts(sel);
            default -> fundExecution(sel);
        });
    }

    private Consolidation performance(Selection sel) {
        List<Performance.Line> lines = new ArrayList<>();
        Map<Long, Map<String, cn.shangwu.audit.template.Fact>> allFacts = Facts.load(ds, sel.submissionIds());
        for (Selection.Used u : sel.used()) {
            var facts = allFacts.getOrDefault(u.submission().id(), Map.of());
            lines.add(new Performance.Line(u, u.project(), Performance.fact(facts, Performance.BUDGET), Performance.fact(facts, Performance.EXECUTED)));
        }
        Performance p = new Performance(lines);
        Map<String, Object> data = common(sel, "项目支出绩效自评汇总表", "项目支出绩效自评表");
        data.put("rows", p.rows());
        data.put("ranking", p.ranking());
        byte[] bytes = Jxls.fill(Templates.PERFORMANCE_FILE, data, sel.asOf(), wb -> PerformanceBook.finish(wb, p), true);
        return done(sel, "绩效汇总", bytes, p.summary());
    }

    private Consolidation finalAccounts(Selection sel) {
        FinalAccounts fa = FinalAccounts.sum(sel, tables.load(sel.used(), id -> submissions.original(id).orElseThrow()));
        Map<String, Object> data = common(sel, "部门决算汇总表", "部门决算公开01–09表");

        // Write once without the check to verify the summed tables through the registry, then with its result.
        byte[] plain = Jxls.fill(Templates.FINAL_ACCOUNTS_FILE, withTables(data, fa, null), sel.asOf(), wb -> FinalAccountsBook.finish(wb, fa));
        Optional<Report> check = FinalAccounts.verify(forms, plain);
        byte[] bytes = plain;
        if (check.isPresent()) {
            List<UnitFinding> all = new ArrayList<>(findings(data));
            for (var f : check.get().findings())
                all.add(new UnitFinding(sel.root().code(), sel.root().name() + "（汇总）", 0, 0, "决算汇总", null, f.sheet(), f.cell(), f.rule(),
                        FindingList.severityLabel(f.severity().name()), f.message(), f.expected(), f.actual(), "汇总复核"));
            Map<String, Object> checked = new LinkedHashMap<>(data);
            checked.put("findings", all);
            bytes = Jxls.fill(Templates.FINAL_ACCOUNTS_FILE, withTables(checked, fa, check.get()), sel.asOf(), wb -> FinalAccountsBook.finish(wb, fa));
        }
        Map<String, Object> summary = fa.summary();
        summary.put("verification", check.map(r -> (Object) Map.of("errors", r.count(cn.shangwu.audit.verify.Severity.ERROR),
                "warnings", r.count(cn.shangwu.audit.verify.Severity.WARNING), "findings", r.findings())).orElse("未复核：尚无可识别部门决算的审核规则"));
        return done(sel, "决算汇总", bytes, summary);
    }

    @SuppressWarnings("unchecked")
    private static List<UnitFinding> findings(Map<String, Object> data) {
        return (List<UnitFinding>) data.get("findings");
    }

    private static Map<String, Object> withTables(Map<String, Object> data, FinalAccounts fa, Report check) {
        Map<String, Object> m = new LinkedHashMap<>(data);
        m.put("tables", fa.overview(check));
        return m;
    }

    private Consolidation fundExecution(Selection sel) {
        FundExecution fe = FundExecution.read(sel, id -> submissions.original(id).orElseThrow(), fundRows);
        Map<String, Object> data = common(sel, "专项资金预算执行汇总表", "专项资金预算执行明细表");
        data.put("rows", fe.rows());
        byte[] bytes = Jxls.fill(Templates.FUND_EXECUTION_FILE, data, sel.asOf(), wb -> FundExecutionBook.finish(wb, fe));
        return done(sel, "专项资金执行汇总", bytes, fe.summary());
    }

    /** Title, subtitle and the three lists every consolidated workbook carries. */
    private Map<String, Object> common(Selection sel, String title, String formName) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", sel.root().name() + " " + sel.year() + " 年度" + title);
        m.put("subtitle", "汇总范围：" + sel.root().name() + "及所属单位；采用已审核通过的最新版本 " + sel.used().size() + " 份；未上报或未通过 "
                + sel.absent().size() + " 项；数据截至 " + TIME.format(sel.asOf()) + "；金额单位：万元");
        m.put("findings", FindingList.load(ds, sel, formName));
        m.put("absent", sel.absent().stream().map(a -> new Rows.Absent(a.unit().code(), a.unit().name(), level(a.unit().level()), a.project(),
                a.reason(), a.latest() == null ? null : a.latest().version(), a.latest() == null ? null : a.latest().id())).toList());
        m.put("used", sel.used().stream().map(u -> new Rows.Used(u.unit().code(), u.unit().name(), u.project(), u.submission().id(),
                u.submission().version(), u.submission().filename(), TIME.format(u.submission().createdAt()),
                u.submission().originalSha256())).toList());
        return m;
    }

    private Consolidation done(Selection sel, String name, byte[] bytes, Map<String, Object> figures) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("unit", sel.root().code());
        summary.put("unitName", sel.root().name());
        summary.put("year", sel.year());
        summary.put("template", sel.template());
        summary.put("used", sel.used().stream().map(u -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("unit", u.unit().code());
            m.put("name", u.unit().name());
            m.put("project", u.project());
            m.put("submissionId", u.submission().id());
            m.put("version", u.submission().version());
            return m;
        }).toList());
        summary.put("absent", sel.absent().stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("unit", a.unit().code());
            m.put("name", a.unit().name());
            m.put("project", a.project());
            m.put("reason", a.reason());
            m.put("latestVersion", a.latest() == null ? null : a.latest().version());
            return m;
        }).toList());
        summary.putAll(figures);
        String file = sel.root().name() + sel.year() + "年度" + name + ".xlsx";
        return new Consolidation(file, bytes, Submissions.sha256(bytes), sel, summary);
    }

    private static String level(String l) {
        return switch (l == null ? "" : l) {
            case "province" -> "省";
            case "city" -> "市州（含本级）";
            case "county" -> "县市区";
            default -> l;
        };
    }
}
