package cn.shangwu.audit.form.finalaccounts;

import cn.shangwu.audit.read.Upload;
import cn.shangwu.audit.template.CheckOptions;
import cn.shangwu.audit.template.Checked;
import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Severity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import static cn.shangwu.audit.form.finalaccounts.SeedBook.a1;
import static org.junit.jupiter.api.Assertions.*;

/** Single faults put into correct seed filings: each caught by the right rule at the right cell. */
class FinalAccountsMutationTest {
    private final FinalAccountsForm form = new FinalAccountsForm();

    private Checked check(SeedBook b) {
        return form.check(new Upload("决算.xlsx", b.xlsx()), CheckOptions.DEFAULT);
    }

    private static String dump(Checked c) {
        return c.report().findings().stream().filter(f -> f.severity() != Severity.INFO)
                .map(f -> f.severity() + " " + f.rule() + " " + f.sheet() + "!" + f.cell() + " " + f.message()).collect(Collectors.joining("\n"));
    }

    private static Finding at(Checked c, String rule, Severity sev, String sheet, String cell) {
        return c.report().findings().stream()
                .filter(f -> f.rule().equals(rule) && f.severity() == sev && sheet.equals(f.sheet()) && cell.equals(f.cell()))
                .findFirst().orElseThrow(() -> new AssertionError("expected " + sev + " " + rule + " at " + sheet + "!" + cell + "\n" + dump(c)));
    }

    @Test
    void aChangedXiangIsReportedAtItsKuanTotals() {
        SeedBook b = SeedBook.finalAccounts("002");
        int r = b.row("03", "2011308");
        b.set("03", r, 2, "69.83").set("03", r, 4, "69.83");
        Checked c = check(b);
        int kuan = b.row("03", "20113");
        Finding f = at(c, "F4.03.tree", Severity.ERROR, "公开03表", a1(kuan, 2));
        assertEquals(new BigDecimal("2369.24"), f.expected());
        assertEquals(new BigDecimal("2359.24"), f.actual());
        assertTrue(f.cells().contains("'公开03表'!" + a1(r, 2)), f.cells().toString());
        at(c, "F4.03.tree", Severity.ERROR, "公开03表", a1(kuan, 4));
        // the 03/05 relation sees the 项 now exceeding its 一般公共预算 counterpart
        assertTrue(c.report().findings().stream().noneMatch(x -> x.rule().equals("F4.03.row") && x.severity() == Severity.ERROR), dump(c));
    }

    @Test
    void aDeletedClassRowLeavesOrphanKuanAndBrokenTotals() {
        SeedBook b = SeedBook.finalAccounts("001");
        b.deleteRow("03", b.row("03", "216"));
        Checked c = check(b);
        at(c, "F4.code-orphan", Severity.ERROR, "公开03表", a1(b.row("03", "21602"), 0));
        at(c, "F4.03.total", Severity.ERROR, "公开03表", a1(b.row("03", "合计"), 2));
        int[] line = b.find("01", "四、商业服务业等支出");
        at(c, "F4.01.class-vs03", Severity.ERROR, "公开01表", a1(line[0], line[1] + 2));
    }

    @Test
    void table04AndTable05DisagreeingIsCaughtAt04() {
        SeedBook b = SeedBook.finalAccounts("001");
        int[] line = b.find("04", "三、卫生健康支出");
        b.set("04", line[0], line[1] + 3, "124.88");
        Checked c = check(b);
        Finding f = at(c, "F4.04.class-vs05", Severity.ERROR, "公开04表", a1(line[0], line[1] + 3));
        assertEquals(new BigDecimal("142.88"), f.expected());
        at(c, "F4.04.row", Severity.ERROR, "公开04表", a1(line[0], line[1] + 2));
    }

    @Test
    void aTotalOverwrittenWithAConstantIsCaughtAtTheTotal() {
        SeedBook b = SeedBook.finalAccounts("001");
        int r = b.row("03", "合计");
        b.set("03", r, 2, "3000");
        Checked c = check(b);
        Finding f = at(c, "F4.03.total", Severity.ERROR, "公开03表", a1(r, 2));
        assertEquals(new BigDecimal("3372.72"), f.expected());
        at(c, "F4.03.vs01", Severity.ERROR, "公开03表", a1(r, 2));
        at(c, "F4.03.row", Severity.ERROR, "公开03表", a1(r, 2));
    }

    @Test
    void sanGongArithmeticAndItsLinkTo06() {
        SeedBook b = SeedBook.finalAccounts("001");
        int r = b.row("07", f -> f.startsWith("46.05"));
        b.set("07", r, 11, "12.12");   // 决算 公务接待费 20.12 → 12.12
        Checked c = check(b);
        at(c, "F4.07.total-final", Severity.ERROR, "公开07表", a1(r, 6));
        b.set("07", r, 11, "20.12").set("07", r, 7, "5.59").set("07", r, 6, "43.05");   // 出国 below 06's 30212 8.59
        c = check(b);
        at(c, "F4.07.vs06-abroad", Severity.ERROR, "公开07表", a1(r, 7));
        assertTrue(c.report().findings().stream().noneMatch(x -> x.rule().equals("F4.07.total-final") && x.severity() == Severity.ERROR), dump(c));
    }

    @Test
    void roundingInTable06IsInfoWithBothIntervals() {
        SeedBook b = SeedBook.finalAccounts("001");
        int[] cell = b.find("06", "1,085.42");
        Checked c = check(b);
        Finding f = at(c, "F4.06.tree", Severity.INFO, "公开06表", a1(cell[0], cell[1]));
        assertEquals(0, new BigDecimal("0.055").compareTo(f.tolerance()));
        assertTrue(f.message().contains("[1085.415, 1085.425]") && f.message().contains("[1085.390, 1085.490]"), f.message());
        at(c, "F4.number-text", Severity.INFO, "公开06表", a1(cell[0], cell[1]));
    }

    @Test
    void basicExpenditureOf05MustEqualPersonnelPlusPublicOf06() {
        SeedBook b = SeedBook.finalAccounts("001");
        int[] cell = b.find("06", "1472.15");
        b.set("06", cell[0], cell[1], "1482.15");
        Checked c = check(b);
        at(c, "F4.06.personnel", Severity.ERROR, "公开06表", a1(cell[0], cell[1]));
        at(c, "F4.05.vs06", Severity.ERROR, "公开05表", a1(b.row("05", "合计"), 3));
    }

    @Test
    void clerkCopyWithoutSheetNamesWithBlankRowsIsReadByTitles() {
        SeedBook b = SeedBook.finalAccounts("002").plainSheetNames();
        b.insertBlankRow("03", b.row("03", "208"));
        b.insertBlankRow("01", b.row("01", "本年收入合计"));
        Checked c = check(b);
        assertEquals(List.of(), c.report().findings().stream().filter(f -> f.severity() == Severity.ERROR).toList(), dump(c));
        assertEquals(new BigDecimal("5662.95"), c.facts().get("01.本年支出合计").value());
        assertEquals(new BigDecimal("45.48"), c.facts().get("07.决算.合计").value());
        // and the same copy with a 项 broken still reports at the right cell
        int r = b.row("03", "2080801");
        b.set("03", r, 2, "30.83").set("03", r, 3, "30.83");
        c = check(b);
        at(c, "F4.03.tree", Severity.ERROR, "Sheet3", a1(b.row("03", "20808"), 2));
    }

    @Test
    void emptyTableNeedsANoteSayingThereIsNoSuchMoney() {
        SeedBook b = SeedBook.finalAccounts("001");
        assertTrue(check(b).report().findings().stream().noneMatch(f -> f.rule().equals("F4.empty-note")));
        int r = b.row("08", f -> f.startsWith("备注"));
        b.deleteRow("08", r);
        Checked c = check(b);
        assertTrue(c.report().findings().stream().anyMatch(f -> f.rule().equals("F4.empty-note") && f.sheet().equals("公开08表")), dump(c));
    }

    @Test
    void unknownCodeAndWrongNameAreWarnings() {
        SeedBook b = SeedBook.finalAccounts("001");
        int r = b.row("02", "2011308");
        b.set("02", r, 1, "招商引资经费");
        int r2 = b.row("02", "2169999");
        b.set("02", r2, 0, "2169998");
        Checked c = check(b);
        at(c, "F4.code-name", Severity.WARNING, "公开02表", a1(r, 0));
        at(c, "F4.code-unknown", Severity.WARNING, "公开02表", a1(r2, 0));
    }

    @Test
    void governmentFundRowsCarryOverAndAreTiedTo04() {
        SeedBook b = SeedBook.finalAccounts("001");
        int total = b.row("08", "合计");
        b.set("08", total, 2, "10").set("08", total, 3, "50").set("08", total, 4, "40").set("08", total, 6, "40").set("08", total, 7, "25");
        List<String[]> rows = b.sheet("08").rows();
        rows.add(total + 1, new String[]{"212", "城乡社区支出", "10", "50", "40", "", "40", "25"});
        Checked c = check(b);
        at(c, "F4.08.carry", Severity.ERROR, "公开08表", a1(total, 7));
        Finding f = at(c, "F4.08.carry", Severity.ERROR, "公开08表", a1(total + 1, 7));
        assertEquals(new BigDecimal("20"), f.expected());
        at(c, "F4.08.vs04", Severity.ERROR, "公开04表", a1(b.find("04", "本年支出合计")[0], 7));
        assertTrue(c.report().findings().stream().noneMatch(x -> x.rule().equals("F4.08.row") && x.severity() == Severity.ERROR), dump(c));
    }

    @Test
    void codeAndNameInOneCellAreSplit() {
        SeedBook b = SeedBook.finalAccounts("001");
        for (String t : List.of("02", "03", "05")) {
            for (String[] f : b.sheet(t).rows()) {
                if (f.length > 1 && f[0].strip().matches("\\d{3,7}")) {
                    f[0] = f[0].strip() + " " + f[1].strip();
                    f[1] = "";
                }
            }
        }
        Checked c = check(b);
        assertEquals(0, c.report().count(Severity.ERROR), dump(c));
        assertTrue(c.report().findings().stream().noneMatch(f -> f.rule().startsWith("F4.code") && !"公开06表".equals(f.sheet())), dump(c));
    }

    @Test
    void olderLineLabelsStillCount() {
        SeedBook b = SeedBook.finalAccounts("001");
        int[] at = b.find("01", "一、一般公共预算财政拨款收入");
        b.set("01", at[0], at[1], "一、一般公共预算财政拨款");
        Checked c = check(b);
        assertEquals(0, c.report().count(Severity.ERROR), dump(c));
        b.set("01", at[0], at[1] + 2, "3272.72");
        at(check(b), "F4.01.income-total", Severity.ERROR, "公开01表", a1(b.find("01", "本年收入合计")[0], at[1] + 2));
    }
}
