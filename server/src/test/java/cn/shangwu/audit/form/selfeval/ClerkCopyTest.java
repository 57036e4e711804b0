package cn.shangwu.audit.form.selfeval;

import cn.shangwu.audit.read.BadWorkbookException;
import cn.shangwu.audit.template.Checked;
import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Severity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Clerks' own copies (no template id) in the shapes they really take: inserted blank rows, an extra leading
 * column, unmerged 一级 cells, a header over two rows, 年度资金总额 first, text amounts, legacy .xls. The same
 * findings come out, each at the cell where the value now stands.
 */
class ClerkCopyTest {
    private static final SeedForm XIANGXI = SeedForm.load("004-xiangxi.tsv");
    private static final SeedForm XIANGYUEFEI = SeedForm.load("000-1-xiangyuefei.tsv");

    private static List<String> rulesOf(Checked c) {
        return c.report().findings().stream().filter(f -> f.severity() != Severity.INFO).map(Finding::rule).sorted().toList();
    }

    @Test
    void everyVariationGivesTheSameFindingsAtTheMovedCells() {
        Workbooks.Copy base = Workbooks.Copy.OFFICIAL;
        Checked reference = Check.run(Workbooks.copy(XIANGXI, base).bytes(), "湘西州.xlsx");
        Stream.of(base.blanks(true), base.lead(1), base.lead(2).blanks(true), base.merged(false), base.split(true),
                base.split(true).lead(1).merged(false), base.xls(true), base.xls(true).split(true).blanks(true)).forEach(v -> {
            Workbooks.Built b = Workbooks.copy(XIANGXI, v);
            Checked c = Check.run(b.bytes(), v.xls() ? "湘西州.xls" : "湘西州.xlsx");
            assertEquals(rulesOf(reference), rulesOf(c), v + Check.describe(c));
            assertEquals(0, reference.report().score().verified().compareTo(c.report().score().verified()), v.toString());
            Check.at(c, "exec-score", b.cell("exec.score"));
            Check.at(c, "total-score", b.cell("total.score"));
            Check.at(c, "no-reason", b.cell("ind.10.reason"));
            assertEquals(v.xls() ? "xls" : "xlsx", c.annotatedExtension());
        });
    }

    @Test
    void totalRowFirstOrLastReadsTheSame() {
        Checked last = Check.run(Workbooks.copy(XIANGYUEFEI).bytes(), "a.xlsx");
        Workbooks.Built first = Workbooks.copy(XIANGYUEFEI, Workbooks.Copy.OFFICIAL.totalFirst(true));
        Checked c = Check.run(first.bytes(), "b.xlsx");
        assertEquals(rulesOf(last), rulesOf(c), Check.describe(c));
        assertEquals(List.of(), Check.of(c, "sources-sum"));
        assertEquals(first.cell("exec.executed"), c.facts().get("F1.全年执行数").cell());
    }

    @Test
    void textAmountsAreNormalisedWithAnInfo() {
        Workbooks.Built b = Workbooks.copy(XIANGYUEFEI, Workbooks.Copy.OFFICIAL.text(true));
        Checked c = Check.run(b.bytes(), "a.xlsx");
        Finding info = Check.at(c, "text-number", b.cell("exec.budget"));
        assertEquals(Severity.INFO, info.severity());
        assertEquals(0, new BigDecimal("7092.39").compareTo(info.actual()));
        assertEquals(List.of(), Check.of(c, "exec-rate"), "the normalised amounts are used");
        assertEquals(List.of(), Check.of(c, "sources-sum"));
    }

    @Test
    void weightsWrittenAnyWayAreRead() {
        for (String header : List.of("产出指标(50分)", "产出指标 （50 分）", "产出指标（５０分）")) {
            Workbooks.Built b = Workbooks.copy(XIANGXI);
            Checked c = Check.run(Workbooks.mutate(b.bytes(), b.sheet(), b.cell("group.产出指标"), header, false), "a.xlsx");
            assertEquals(List.of(), Check.of(c, "weights"), header + Check.describe(c));
        }
    }

    @Test
    void labelsMovedAwayIsA4xxNamingSheetAndWhatIsMissing() {
        Workbooks.Built b = Workbooks.copy(XIANGXI);
        // the funds header row loses its column labels
        byte[] broken = b.bytes();
        for (String col : List.of("D4", "E4")) broken = Workbooks.mutate(broken, b.sheet(), col, "", false);
        byte[] bad = broken;
        BadWorkbookException e = assertThrows(BadWorkbookException.class, () -> Check.run(bad, "湘西州.xlsx"));
        assertTrue(e.detail().contains("湘西州.xlsx") && e.detail().contains(b.sheet()) && e.detail().contains("全年"), e.detail());
    }

    @Test
    void junkEverywhereNeverCrashes() {
        Workbooks.Built b = Workbooks.copy(XIANGXI);
        byte[] x = b.bytes();
        for (String cell : List.of(b.cell("exec.budget"), b.cell("exec.rate"), b.cell("ind.0.points"), b.cell("ind.1.score"),
                b.cell("total.score"), b.cell("ind.2.actual")))
            x = Workbooks.mutate(x, b.sheet(), cell, "见附件", false);
        Checked c = Check.run(x, "a.xlsx");
        assertTrue(Check.of(c, "not-a-number").size() >= 4, Check.describe(c));
    }

    @Test
    void aCoverSheetInFrontAndNoTitleStillFindTheForm() {
        Workbooks.Built b = Workbooks.copy(XIANGXI);
        var wb = Workbooks.open(Workbooks.mutate(b.bytes(), b.sheet(), "A1", "", false));
        wb.createSheet("封面").createRow(0).createCell(0).setCellValue("2023年度绩效自评材料");
        wb.setSheetOrder("封面", 0);
        byte[] bytes = Workbooks.bytes(wb);
        Checked c = Check.run(bytes, "自评材料.xlsx");
        assertEquals("project-self-eval", c.report().template());
        Check.at(c, "exec-score", b.cell("exec.score"));
        assertEquals(b.sheet(), Check.at(c, "exec-score", b.cell("exec.score")).sheet());
        // an F2 copy without its title is still F2: its breakdown labels tell
        Workbooks.Built d = Workbooks.copy(SeedForm.load("001-f2-dept.tsv"));
        Checked dc = Check.run(Workbooks.mutate(d.bytes(), d.sheet(), "A1", "", false), "部门.xlsx");
        assertEquals("dept-self-eval", dc.report().template());
    }

    @Test
    void deletedEmptySourceRowsAndIndicatorRowsAreFine() {
        SeedForm f = SeedForm.load("000-3-liutong.tsv");
        SeedForm fewer = new SeedForm(f.file(), f.title(), f.name(), f.dept(),
                f.funds().stream().filter(r -> r.size() > 1 && !r.get(1).isEmpty()).toList(), f.parts(), f.goal(),
                f.indicators(), f.total());
        Checked c = Check.run(Workbooks.copy(fewer).bytes(), "流通.xlsx");
        assertEquals(rulesOf(Check.run(Workbooks.copy(f).bytes(), "流通.xlsx")), rulesOf(c), Check.describe(c));
        // dropping an indicator row leaves its group short of its weight, at the 一级 header
        java.util.List<java.util.List<String>> inds = new java.util.ArrayList<>(f.indicators());
        inds.remove(1);
        SeedForm dropped = new SeedForm(f.file(), f.title(), f.name(), f.dept(), f.funds(), f.parts(), f.goal(), inds, f.total());
        Workbooks.Built b = Workbooks.copy(dropped);
        Checked d = Check.run(b.bytes(), "流通.xlsx");
        assertEquals(0, new BigDecimal("33").compareTo(Check.at(d, "group-points", b.cell("group.产出指标")).expected()));
        Check.at(d, "total-score", b.cell("total.score"));
    }

    @Test
    void aGradeThatDoesNotFitTheTotalIsAnError() {
        Workbooks.Built b = Workbooks.copy(SeedForm.load("002-f2-dept.tsv"));
        assertEquals(List.of(), Check.of(Check.run(b.bytes(), "a.xlsx"), "grade"), "90.02 is 优");
        Checked c = Check.run(Workbooks.mutate(b.bytes(), b.sheet(), b.cell("total.grade"), "等级：良", false), "a.xlsx");
        Finding g = Check.at(c, "grade", b.cell("total.grade"));
        assertEquals(Severity.ERROR, g.severity());
        assertTrue(g.message().contains("优"), g.message());
    }

    @Test
    void percentagesTypedAsNumbersReadAsPercentages() {
        Workbooks.Built b = Workbooks.copy(XIANGXI);
        var wb = Workbooks.open(b.bytes());
        var pct = wb.createCellStyle();
        pct.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        var ref = new org.apache.poi.ss.util.CellReference(b.cell("ind.4.actual"));
        var cell = wb.getSheet(b.sheet()).getRow(ref.getRow()).getCell(ref.getCol());
        cell.setCellValue(0.152);
        cell.setCellStyle(pct);
        Checked c = Check.run(Workbooks.bytes(wb), "a.xlsx");
        assertTrue(c.report().findings().stream().noneMatch(f -> b.cell("ind.4.score").equals(f.cell())), Check.describe(c));
        assertEquals(rulesOf(Check.run(b.bytes(), "b.xlsx")), rulesOf(c));
    }
}
