package cn.shangwu.audit.form.fundexec;

import cn.shangwu.audit.read.Upload;
import cn.shangwu.audit.template.CheckOptions;
import cn.shangwu.audit.template.Checked;
import cn.shangwu.audit.template.Forms;
import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Severity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** Seed 003 附件2 (185 rows) built as a workbook, checked through the forms registry, and single-fault mutations. */
class FundExecutionFormTest {

    static Checked check(F5Book book) {
        byte[] bytes = book.build();
        Upload u = new Upload(book.xls ? "附件2.xls" : "附件2.xlsx", bytes);
        var form = Forms.standard().recognize(u);
        assertEquals(FundExecutionForm.ID, form.id());
        return form.check(u, CheckOptions.DEFAULT);
    }

    static List<Finding> worse(Checked c, Severity atLeast) {
        return c.report().findings().stream().filter(f -> f.severity().compareTo(atLeast) <= 0).toList();
    }

    static Finding only(Checked c, String rule) {
        List<Finding> f = c.report().findings().stream().filter(x -> x.rule().equals(rule)).toList();
        assertEquals(1, f.size(), () -> rule + " expected once in " + c.report().findings());
        return f.get(0);
    }

    static void mutate(F5Book b, String serial, UnaryOperator<SeedF5.Line> change) {
        b.rows.replaceAll(l -> l.serial().equals(serial) ? change.apply(l) : l);
    }

    @Test
    void seedParsesTo185RowsAndTheReportedTotal() {
        assertEquals(185, SeedF5.ROWS.size());
        assertEquals("87,787.41", SeedF5.TOTAL.budget());
        assertEquals("51,998.05", SeedF5.TOTAL.paid());
        assertEquals("59.23%", SeedF5.TOTAL.rate());
    }

    @Test
    void seedWorkbookVerifiesEveryRateAndTheTotalWithinRounding() {
        F5Book b = new F5Book();
        Checked c = check(b);
        assertEquals(List.of(), worse(c, Severity.WARNING), "the seed table is consistent");
        var meta = c.report().meta();
        assertEquals(185, meta.get("rows"));
        assertEquals(185, meta.get("ratesChecked"), "every 支付比率 was compared with 支付金额 ÷ 预算金额");
        // Σ of the 185 printed rows, computed here independently of the reader.
        BigDecimal budget = SeedF5.ROWS.stream().map(SeedF5.Line::budgetValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal paid = SeedF5.ROWS.stream().map(SeedF5.Line::paidValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, budget.compareTo((BigDecimal) meta.get("budget")));
        assertEquals(0, paid.compareTo((BigDecimal) meta.get("paid")));
        // The seed's own rounding: rows add up to 51,998.04 while the 合计 says 51,998.05 — within 0.005 × 186.
        assertEquals(0, new BigDecimal("51998.04").compareTo(paid));
        assertEquals(0, new BigDecimal("87787.41").compareTo(c.facts().get("F5.合计.预算金额").value()));
        assertEquals(0, new BigDecimal("51998.05").compareTo(c.facts().get("F5.合计.支付金额").value()));
        assertEquals(b.totalCell("预算金额"), c.facts().get("F5.合计.预算金额").cell());
        assertEquals(0, BigDecimal.valueOf(185).compareTo(c.facts().get("F5.行数").value()));
        assertEquals("xlsx", c.annotatedExtension());
    }

    @Test
    void theSeedsRatesWorkedOutFromUnroundedAmountsAreNotedAtTheirCells() {
        // Computed here: rows whose printed rate is not the rounded quotient of the printed amounts.
        List<String> expected = new java.util.ArrayList<>();
        F5Book b = new F5Book();
        Checked c = check(b);
        for (SeedF5.Line l : SeedF5.ROWS) {
            if (l.budgetValue().signum() == 0) continue;
            BigDecimal q = l.paidValue().divide(l.budgetValue(), 10, java.math.RoundingMode.HALF_UP).movePointRight(2)
                    .setScale(2, java.math.RoundingMode.HALF_UP);
            if (q.compareTo(new BigDecimal(l.rate().replace("%", ""))) != 0) expected.add(b.cell("支付比率", l.serial()));
        }
        assertEquals(4, expected.size(), "seed 003 has four such rows (序号 94, 171, 176, 185)");
        List<Finding> notes = c.report().findings().stream().filter(f -> f.rule().equals("F5.rate-rounding")).toList();
        assertEquals(expected, notes.stream().map(Finding::cell).toList());
        assertTrue(notes.stream().allMatch(f -> f.severity() == Severity.INFO));
    }

    @Test
    void aChangedRateIsAnErrorAtThatRateCell() {
        F5Book b = new F5Book();
        mutate(b, "41", l -> l.withRate("69.92%"));
        Checked c = check(b);
        Finding f = only(c, "F5.rate");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(b.cell("支付比率", "41"), f.cell());
        assertEquals(0, new BigDecimal("68.92").compareTo(f.expected()), f.toString());
        assertEquals(1, worse(c, Severity.WARNING).size(), c.report().findings().toString());
    }

    @Test
    void aRateOffByOneHundredthOfAPercentIsCaughtButRoundingIsNot() {
        F5Book ok = new F5Book();
        // 3,263.63 / 11,400 = 28.628 %: printed 28.63 %, so 28.62 % is wrong and "28.6%" typed with one decimal is right.
        mutate(ok, "4", l -> l.withRate("T:28.6%"));
        assertEquals(List.of(), worse(check(ok), Severity.WARNING));
        F5Book bad = new F5Book();
        mutate(bad, "4", l -> l.withRate("28.62%"));
        Checked c = check(bad);
        assertEquals(bad.cell("支付比率", "4"), only(c, "F5.rate").cell());
    }

    @Test
    void aChangedPaidAmountBreaksItsRateAndTheTotal() {
        F5Book b = new F5Book();
        mutate(b, "41", l -> l.withPaid("1,795.42"));
        Checked c = check(b);
        assertEquals(b.cell("支付比率", "41"), only(c, "F5.rate").cell());
        Finding t = only(c, "F5.total-paid");
        assertEquals(b.totalCell("支付金额"), t.cell());
        assertEquals(0, new BigDecimal("52098.04").compareTo(t.expected()), t.toString());
    }

    @Test
    void aChangedTotalIsAnErrorAtTheTotalCell() {
        F5Book b = new F5Book();
        b.total = b.total.withBudget("87,797.41");
        Checked c = check(b);
        Finding f = only(c, "F5.total-budget");
        assertEquals(b.totalCell("预算金额"), f.cell());
        assertEquals(0, new BigDecimal("87787.41").compareTo(f.expected()));
        assertEquals(0, new BigDecimal("0.930").compareTo(f.tolerance()), "0.005 × (185 + 1)");
        // The total's rate was computed from the old budget and still holds within its precision? 51998.05/87797.41 = 59.226 %.
        assertTrue(c.report().findings().stream().noneMatch(x -> x.rule().equals("F5.rate")));
    }

    @Test
    void aChangedTotalRateIsAnErrorAtTheTotalRateCell() {
        F5Book b = new F5Book();
        b.total = b.total.withRate("60.23%");
        Checked c = check(b);
        assertEquals(b.totalCell("支付比率"), only(c, "F5.total-rate").cell());
    }

    @Test
    void paidOverBudgetWithoutANoteIsAWarningAtThePaidCell() {
        F5Book b = new F5Book();
        // Row 3 has no 备注: pay 2,850 of 2,750 (103.64 %), and keep the 合计 consistent so only this rule fires.
        mutate(b, "3", l -> l.withPaid("2,850.00").withRate("103.64%"));
        b.total = b.total.withPaid("52,098.05").withRate("59.35%");
        Checked c = check(b);
        Finding f = only(c, "F5.paid-over-budget");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(b.cell("支付金额", "3"), f.cell());
        assertEquals(List.of(f), worse(c, Severity.WARNING));

        F5Book noted = new F5Book();
        mutate(noted, "3", l -> l.withPaid("2,850.00").withRate("103.64%").withNote("含上年结转 100 万元"));
        noted.total = noted.total.withPaid("52,098.05").withRate("59.35%");
        Checked n = check(noted);
        assertEquals(List.of(), worse(n, Severity.WARNING));
        assertEquals(Severity.INFO, only(n, "F5.paid-over-budget-noted").severity());
    }

    @Test
    void numbersTypedAsTextAreReadAndSaidJunkIsAnErrorAtItsCell() {
        F5Book b = new F5Book();
        mutate(b, "16", l -> l.withBudget("T:3,608.00"));
        mutate(b, "41", l -> l.withPaid("T:１６９５．４２"));
        mutate(b, "43", l -> l.withRate("T:12.30%"));
        mutate(b, "29", l -> l.withPaid("T:约五十九万"));
        Checked c = check(b);
        List<Finding> text = c.report().findings().stream().filter(f -> f.rule().equals("F5.number-text")).toList();
        assertEquals(List.of(b.cell("预算金额", "16"), b.cell("支付金额", "41"), b.cell("支付比率", "43")),
                text.stream().map(Finding::cell).toList());
        assertTrue(text.stream().allMatch(f -> f.severity() == Severity.INFO));
        Finding junk = only(c, "F5.not-a-number");
        assertEquals(Severity.ERROR, junk.severity());
        assertEquals(b.cell("支付金额", "29"), junk.cell());
        assertTrue(junk.message().contains("约五十九万"), junk.message());
        // The junk amount is not summed: 合计 paid is short by 58.85 — an error at the total.
        assertEquals(b.totalCell("支付金额"), only(c, "F5.total-paid").cell());
    }

    @Test
    void missingBudgetAndNegativeAmountsAreErrors() {
        F5Book b = new F5Book();
        mutate(b, "7", l -> l.withBudget(""));
        mutate(b, "8", l -> l.withBudget("-180.00").withRate("0.00%"));
        b.total = b.total.withBudget("86,967.41");
        Checked c = check(b);
        assertEquals(b.cell("预算金额", "7"), only(c, "F5.budget-missing").cell());
        assertEquals(b.cell("预算金额", "8"), only(c, "F5.negative").cell());
    }

    @Test
    void anIdenticalRowTwiceIsNotedAsAPossibleDuplicate() {
        F5Book b = new F5Book();
        b.rows.add(b.rows.get(40));
        b.total = null;
        Checked c = check(b);
        Finding d = only(c, "F5.duplicate-row");
        assertEquals(Severity.INFO, d.severity());
        int first = b.rowOf.get("40") + 1;
        assertTrue(d.message().contains("第 " + first + " 行"), d.message());
        assertEquals(b.col("序号") + b.rowOf.get("41"), d.cell(), "at the second occurrence");
        assertEquals(Severity.WARNING, only(c, "F5.total-missing").severity());
    }

    @Test
    void clerksLayoutsReadTheSame() {
        F5Book b = new F5Book();
        b.leadingColumn = true;
        b.blankRowsBeforeHeader = 2;
        b.twoRowHeader = true;
        b.spacedLabels = true;
        b.columns = new java.util.ArrayList<>(List.of("序号", "县市区/单位", "项目名称", "指标文号", "预算金额", "支付金额", "支付比率", "备注"));
        Checked c = check(b);
        assertEquals(List.of(), worse(c, Severity.WARNING));
        assertEquals(185, c.report().meta().get("rows"));
        assertEquals(185, c.report().meta().get("ratesChecked"));
        mutate(b, "41", l -> l.withRate("69.92%"));
        Checked bad = check(b);
        assertEquals(b.cell("支付比率", "41"), only(bad, "F5.rate").cell());
    }

    @Test
    void perUnitSubtotalsAreCheckedAndNotCountedTwice() {
        F5Book b = new F5Book();
        b.subtotals = true;
        Checked c = check(b);
        assertEquals(List.of(), worse(c, Severity.WARNING), () -> c.report().findings().stream().map(Finding::toString).collect(Collectors.joining("\n")));
        assertTrue((int) c.report().meta().get("subtotals") > 20);
        assertEquals(0, new BigDecimal("87787.41").compareTo((BigDecimal) c.report().meta().get("budget")));
    }

    @Test
    void subtotalsAboveTheirRowsAndAWrongSubtotalAtItsCell() {
        F5Book b = new F5Book();
        b.subtotals = true;
        b.subtotalsFirst = true;
        assertEquals(List.of(), worse(check(b), Severity.WARNING));
        b.subtotalBudgetDelta.put("雨花区", new BigDecimal("10"));
        Checked c = check(b);
        Finding f = only(c, "F5.subtotal-budget");
        assertEquals(b.col("预算金额") + b.subtotalRowOf.get("雨花区"), f.cell());

        F5Book below = new F5Book();
        below.subtotals = true;
        below.subtotalBudgetDelta.put("雨花区", new BigDecimal("10"));
        Checked d = check(below);
        assertEquals(below.col("预算金额") + below.subtotalRowOf.get("雨花区"), only(d, "F5.subtotal-budget").cell());
    }

    @Test
    void groupRowsNumberedInChineseAreSubtotalsNotDetails() {
        F5Book b = new F5Book();
        b.subtotals = true;
        b.subtotalsFirst = true;
        b.chineseGroupRows = true;
        Checked c = check(b);
        assertEquals(List.of(), worse(c, Severity.WARNING));
        assertEquals(185, c.report().meta().get("rows"));
        assertTrue((int) c.report().meta().get("subtotals") > 20);
    }

    @Test
    void headingRowsWithoutAmountsAreSkipped() {
        F5Book b = new F5Book();
        // “一、长沙市本级及所辖区” as a bare heading above its rows.
        b.rows.add(0, new SeedF5.Line("一、", "长沙市本级及所辖区", "", "", "", "", "", ""));
        Checked c = check(b);
        assertEquals(List.of(), worse(c, Severity.WARNING));
        assertEquals(185, c.report().meta().get("rows"));
    }

    @Test
    void aUnitCellMergedDownNamesEveryRowOfThatUnit() {
        F5Book b = new F5Book();
        b.mergedUnits = true;
        Upload u = new Upload("附件2.xlsx", b.build());
        List<FundRow> details = FundExecutionReader.details(u);
        for (int i = 0; i < details.size(); i++) assertEquals(SeedF5.ROWS.get(i).unit(), details.get(i).unit(), "row " + (i + 1));
        assertEquals(List.of(), worse(Forms.standard().check(u, CheckOptions.DEFAULT), Severity.WARNING));
    }

    @Test
    void aRateTypedAsAPlainPercentNumberIsReadAsPercent() {
        F5Book b = new F5Book();
        // "68.92" typed in a General cell means 68.92 %.
        mutate(b, "41", l -> l.withRate("T:68.92"));
        Checked c = check(b);
        assertEquals(List.of(), worse(c, Severity.WARNING));
        assertEquals(b.cell("支付比率", "41"), only(c, "F5.rate-percent-number").cell());
    }

    @Test
    void underAPercentLabelPlainNumbersArePercentages() {
        F5Book b = new F5Book();
        b.columns.set(7, "支付比率(%)");
        b.rows.replaceAll(l -> l.withRate("N:" + l.rate().replace("%", "")));
        b.total = b.total.withRate("N:59.23");
        Checked c = check(b);
        assertEquals(List.of(), worse(c, Severity.INFO).stream().filter(f -> !f.rule().equals("F5.rate-rounding")).toList(),
                "no warnings and no notes on the form of the numbers: the label says %");
        assertEquals(185, c.report().meta().get("ratesChecked"));
        assertEquals("万元", c.report().meta().get("amountUnit"));
    }

    @Test
    void legacyXlsIsCheckedToo() {
        F5Book b = new F5Book();
        b.xls = true;
        mutate(b, "41", l -> l.withRate("69.92%"));
        Checked c = check(b);
        assertEquals("xls", c.annotatedExtension());
        assertEquals(b.cell("支付比率", "41"), only(c, "F5.rate").cell());
        assertEquals(1, worse(c, Severity.WARNING).size());
    }

    @Test
    void theReaderGivesTheRowsToOthers() {
        F5Book b = new F5Book();
        b.subtotals = true;
        Upload u = new Upload("附件2.xlsx", b.build());
        List<FundRow> rows = FundExecutionReader.read(u);
        List<FundRow> details = FundExecutionReader.details(u);
        assertEquals(185, details.size());
        assertEquals(1, rows.stream().filter(r -> r.kind() == FundRow.Kind.TOTAL).count());
        FundRow r41 = details.get(40);
        assertEquals("株洲市本级及所辖区", r41.unit());
        assertEquals("湘财外指〔2024〕16号", r41.docNo());
        assertEquals("国际通道建设资金", r41.project());
        assertEquals("湘粤非铁海联运", r41.note());
        assertEquals(0, new BigDecimal("2460").compareTo(r41.budget()));
        assertEquals(0, new BigDecimal("1695.42").compareTo(r41.paid()));
        assertEquals(0, new BigDecimal("0.6892").compareTo(r41.rate()));
        assertEquals(b.rowOf.get("41"), r41.rowNumber());
        assertEquals("附件2", FundExecutionReader.sheetName(u));
    }
}
