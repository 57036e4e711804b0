package cn.shangwu.audit.form.basicdata;

import cn.shangwu.audit.annotate.Annotator;
import cn.shangwu.audit.form.finalaccounts.SheetReading;
import cn.shangwu.audit.read.BadWorkbookException;
import cn.shangwu.audit.read.Grid;
import cn.shangwu.audit.read.Upload;
import cn.shangwu.audit.template.CheckOptions;
import cn.shangwu.audit.template.Checked;
import cn.shangwu.audit.template.Fact;
import cn.shangwu.audit.template.Form;
import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Report;
import cn.shangwu.audit.verify.rules.CrossForm;
import cn.shangwu.audit.verify.rules.RuleEngine;
import cn.shangwu.audit.verify.rules.RuleSet;
import cn.shangwu.audit.verify.rules.Table;

import java.util.*;

/** F3 部门整体支出绩效评价基础数据表: its sums and 控制率, and (when on file) its 三公/公用经费 against 公开06/07表. */
public final class BasicDataForm implements Form {
    public static final String ID = "dept-basic-data";
    public static final String VERSION = "2024.1";

    private final RuleSet rules = RuleSet.load("/templates/dept-basic-data/rules.json");

    @Override public String id() { return ID; }
    @Override public String name() { return "部门整体支出绩效评价基础数据表"; }
    @Override public String version() { return VERSION; }

    @Override
    public int recognize(Upload upload) {
        int best = 0;
        for (Grid g : upload.grids()) {
            String head = g.head(40);
            int s = 0;
            if (head.contains("基础数据表")) s += 100;
            if (head.contains("财政供养人员")) s += 30;
            if (head.contains("经费控制情况")) s += 30;
            if (head.contains("三公经费")) s += 10;
            best = Math.max(best, s);
        }
        return best >= 40 ? best : 0;
    }

    @Override
    public Checked check(Upload upload, CheckOptions options) {
        return checkOrThrow(upload, options);
    }

    private Checked checkOrThrow(Upload upload, CheckOptions options) {
        Grid grid = sheet(upload);
        SheetReading in = new SheetReading(grid, "F3");
        Table t = BasicDataReader.read(in);
        if (t == null)
            throw new BadWorkbookException("未找到基础数据表", "文件“" + upload.filename() + "”的工作表“" + grid.sheet().getSheetName()
                    + "”中没有“财政供养人员情况”或“经费控制情况”表头，无法按部门整体支出绩效评价基础数据表审核");
        List<Finding> findings = new ArrayList<>(in.notes());
        RuleEngine engine = new RuleEngine(Map.of("F3", t));
        findings.addAll(engine.run(rules));
        Map<String, Fact> facts = engine.facts(rules);
        findings.addAll(CrossForm.check(ID, facts, options.others()));
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("sheet", grid.sheet().getSheetName());
        Report report = new Report(ID, VERSION, null, findings, meta);
        byte[] annotated = Annotator.annotate(upload.workbook(), report);
        return new Checked(report, annotated, upload.kind() == Upload.Kind.XLS ? "xls" : "xlsx", facts);
    }

    private static Grid sheet(Upload upload) {
        Grid best = null;
        for (Grid g : upload.grids()) {
            String head = g.head(40);
            if (head.contains("经费控制情况") || head.contains("基础数据表")) return g;
            if (best == null) best = g;
        }
        if (best == null) throw new BadWorkbookException("空工作簿", "文件“" + upload.filename() + "”没有工作表");
        return best;
    }

    @Override
    public byte[] blank() {
        return BasicDataBlank.build();
    }
}
