package cn.shangwu.audit.form.selfeval;

import cn.shangwu.audit.template.Checked;
import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Severity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Our blank, filled in correctly, then broken by one fault at a time: each fault is caught by its rule at its cell. */
class FilledBlankTest {
    /** 001 跨境电商专项资金 2023: every target met, 100 points — a correct filing. */
    private final Workbooks.Built correct = Workbooks.filledBlank(SeedForm.load("001-2-kuajing.tsv"));
    private final String sheet = correct.sheet();

    @Test
    void aCorrectlyFilledFormGivesNoErrorAndNoWarning() {
        Checked c = Check.run(correct.bytes(), "跨境电商.xlsx");
        assertEquals("project-self-eval", c.report().template());
        assertEquals(List.of(), Check.rules(c, Severity.ERROR), Check.describe(c));
        assertEquals(List.of(), Check.rules(c, Severity.WARNING), Check.describe(c));
        assertEquals(0, new BigDecimal("100").compareTo(c.report().score().verified()));
        assertEquals(0, new BigDecimal("100").compareTo(c.report().score().reported()));
        assertEquals("优", c.report().score().grade());
    }

    @Test
    void anIndicatorScoreAboveItsPointsIsAnErrorAtThatScore() {
        String cell = correct.cell("ind.0.score");
        Checked c = Check.run(Workbooks.mutate(correct.bytes(), sheet, cell, 12, false), "x.xlsx");
        Finding f = Check.at(c, "score-max", cell);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(0, new BigDecimal("10").compareTo(f.expected()));
    }

    @Test
    void aLoweredScoreWithoutReasonIsAWarningAtTheReasonCell() {
        Checked c = Check.run(Workbooks.mutate(correct.bytes(), sheet, correct.cell("ind.1.score"), 8, false), "x.xlsx");
        assertEquals(Severity.WARNING, Check.at(c, "no-reason", correct.cell("ind.1.reason")).severity());
        assertEquals(Severity.WARNING, Check.at(c, "score-far", correct.cell("ind.1.score")).severity());
        assertEquals(List.of(), Check.rules(c, Severity.ERROR), Check.describe(c));
    }

    @Test
    void aChangedWeightIsCaughtAtThe一级Header() {
        String cell = correct.cell("group.产出指标");
        Checked c = Check.run(Workbooks.mutate(correct.bytes(), sheet, cell, "产出指标（45分）", false), "x.xlsx");
        Finding w = Check.at(c, "weights", cell);
        assertEquals(Severity.ERROR, w.severity());
        assertEquals(0, new BigDecimal("95").compareTo(w.actual()));
        Check.at(c, "group-points", cell);
    }

    @Test
    void aChangedSourceRowBreaksTheSumAtTheTotal() {
        Checked c = Check.run(Workbooks.mutate(correct.bytes(), sheet, "E6", 17.9, false), "x.xlsx");
        Finding f = Check.at(c, "sources-sum", correct.cell("exec.executed"));
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.cells().contains("E6"), f.cells().toString());
    }

    @Test
    void anOverwrittenFormulaIsFlaggedAtItsCell() {
        Checked c = Check.run(Workbooks.mutate(correct.bytes(), sheet, "H9", 10, false), "x.xlsx");
        assertEquals(Severity.WARNING, Check.at(c, "formula-overwritten", "H9").severity());
        assertEquals(List.of(), Check.rules(c, Severity.ERROR), Check.describe(c));
    }

    @Test
    void anOverwrittenTotalWithAWrongValueIsAlsoATotalError() {
        Checked c = Check.run(Workbooks.mutate(correct.bytes(), sheet, correct.cell("total.score"), 98, false), "x.xlsx");
        Check.at(c, "formula-overwritten", correct.cell("total.score"));
        assertEquals(Severity.ERROR, Check.at(c, "total-score", correct.cell("total.score")).severity());
    }

    @Test
    void aStaleCachedValueDisagreesWithTheRecomputation() {
        byte[] stale = Workbooks.mutate(correct.bytes(), sheet, "H9", 9.5, true);
        assertEquals(org.apache.poi.ss.usermodel.CellType.FORMULA,
                Workbooks.open(stale).getSheet(sheet).getRow(8).getCell(7).getCellType(), "formula kept");
        Checked c = Check.run(stale, "x.xlsx");
        Finding f = Check.at(c, "cached-value", "H9");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(0, new BigDecimal("10").compareTo(f.expected()));
    }

    @Test
    void anUnmetTargetWithFullScoreIsAnErrorWithTheReferenceScore() {
        Checked c = Check.run(Workbooks.mutate(correct.bytes(), sheet, correct.cell("ind.1.actual"), "26 家", false), "x.xlsx");
        Finding f = Check.at(c, "full-score-unmet", correct.cell("ind.1.score"));
        assertEquals(0, new BigDecimal("5").compareTo(f.expected()), "10 × 26/52");
        assertEquals(0, new BigDecimal("95").compareTo(c.report().score().verified()));
        Checked linear = Check.run(Workbooks.mutate(correct.bytes(), sheet, correct.cell("ind.1.actual"), "26 家", false), "x.xlsx", "linear-0.2");
        assertEquals(0, BigDecimal.ZERO.compareTo(Check.at(linear, "full-score-unmet", correct.cell("ind.1.score")).expected()),
                "50 % short at 0.2 per % takes all 10 points");
    }

    @Test
    void textInANumberCellIsAFindingNotACrash() {
        Checked c = Check.run(Workbooks.mutate(correct.bytes(), sheet, correct.cell("ind.2.points"), "十分", false), "x.xlsx");
        assertEquals(Severity.ERROR, Check.at(c, "not-a-number", correct.cell("ind.2.points")).severity());
        Checked t = Check.run(Workbooks.mutate(correct.bytes(), sheet, "E9", "1,8.90", false), "x.xlsx");
        assertEquals(Severity.INFO, Check.at(t, "text-number", "E9").severity());
    }

    @Test
    void theDeptBlankFilledWith001Scores92_45ByItsOwnFormulas() {
        Workbooks.Built d = Workbooks.filledBlank(SeedForm.load("001-f2-dept.tsv"));
        Checked c = Check.run(d.bytes(), "部门整体.xlsx");
        assertEquals("dept-self-eval", c.report().template());
        assertEquals(List.of(), Check.rules(c, Severity.ERROR), Check.describe(c));
        assertEquals(0, new BigDecimal("92.45").compareTo(c.report().score().reported()), "H37 = ROUND(H5 + Σ, 2)");
        assertEquals(0, new BigDecimal("92.45").compareTo(c.report().score().verified()));
        assertEquals("E5", c.facts().get("F2.全年执行数").cell());
        assertEquals(0, new BigDecimal("2358.59").compareTo(c.facts().get("F2.基本支出.全年执行数").value()));
        Checked broken = Check.run(Workbooks.mutate(d.bytes(), d.sheet(), d.cell("source.基本支出.executed"), 2300.59, false), "x.xlsx");
        assertEquals(Severity.ERROR, Check.at(broken, "breakdown-sum", "E5").severity());
    }

    @Test
    void emptyComputedCellsOfAClerkCopyAreFilledInTheReturnedWorkbook() throws Exception {
        Workbooks.Built b = Workbooks.copy(SeedForm.load("000-6-zhongda-zhaoshang.tsv"));
        byte[] noScores = Workbooks.mutate(Workbooks.mutate(b.bytes(), b.sheet(), b.cell("exec.score"), null, false),
                b.sheet(), b.cell("total.score"), null, false);
        Checked c = Check.run(noScores, "x.xlsx");
        assertEquals(Severity.INFO, Check.at(c, "filled-in", b.cell("exec.score")).severity());
        Check.at(c, "filled-in", b.cell("total.score"));
        try (var wb = Workbooks.open(c.annotated())) {
            var ref = new org.apache.poi.ss.util.CellReference(b.cell("total.score"));
            assertEquals(91.15, wb.getSheet(b.sheet()).getRow(ref.getRow()).getCell(ref.getCol()).getNumericCellValue(), 1e-9);
        }
        assertEquals(0, new BigDecimal("91.15").compareTo(c.report().score().verified()));
    }
}
