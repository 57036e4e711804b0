package cn.shangwu.audit.form.finalaccounts;

import cn.shangwu.audit.read.Upload;
import cn.shangwu.audit.template.CheckOptions;
import cn.shangwu.audit.template.Checked;
import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Severity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import static cn.shangwu.audit.form.finalaccounts.SeedBook.a1;
import static org.junit.jupiter.api.Assertions.*;

/** Clerks' copies of the 决算 tables that differ from the printed layout but not in substance: no error; one fault still lands at its cell. */
class FinalAccountsVariationsTest {
    private final FinalAccountsForm form = new FinalAccountsForm();

    private Checked check(SeedBook b) {
        return form.check(new Upload("决算.xlsx", b.xlsx()), CheckOptions.DEFAULT);
    }

    private static List<String> errors(Checked c) {
        return c.report().findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> f.rule() + "@" + f.sheet() + "!" + f.cell() + " " + f.message()).collect(Collectors.toList());
    }

    @Test
    void itemRowsReorderedWithinTheirGroupAreStillTheSameTree() {
        SeedBook b = SeedBook.finalAccounts("002");
        int a = b.row("03", "2011301"), z = b.row("03", "2011399");
        Collections.swap(b.sheet("03").rows(), a, z);
        Checked c = check(b);
        assertEquals(List.of(), errors(c));
        // and the moved row, changed, is still reported at its 款 total
        int moved = b.row("03", "2011308");
        b.set("03", moved, 2, "69.83").set("03", moved, 4, "69.83");
        c = check(b);
        assertTrue(c.report().findings().stream().anyMatch(f -> f.rule().equals("F4.03.tree") && f.severity() == Severity.ERROR
                && f.cell().equals(a1(b.row("03", "20113"), 2))), String.join("\n", errors(c)));
    }

    @Test
    void aNoteRowBetweenTheTitleBlockAndTheLinesIsIgnored() {
        SeedBook b = SeedBook.finalAccounts("002");
        int first = b.row("03", "201");
        b.sheet("03").rows().add(first, new String[]{"注：本表金额单位为万元，按功能分类科目列示。"});
        assertEquals(List.of(), errors(check(b)));
    }

    @Test
    void amountsWithAYuanSignOrWanYuanSuffixAreRead() {
        SeedBook b = SeedBook.finalAccounts("002");
        int r = b.row("03", "2011308");
        b.set("03", r, 2, "¥" + b.get("03", r, 2)).set("03", r, 4, b.get("03", r, 4) + "万元");
        Checked c = check(b);
        assertEquals(List.of(), errors(c));
        b.set("03", r, 2, "¥69.83").set("03", r, 4, "69.83");
        c = check(b);
        assertTrue(c.report().findings().stream().anyMatch(f -> f.rule().startsWith("F4.03.") && f.severity() == Severity.ERROR
                && (f.cell().equals(a1(r, 2)) || f.cell().equals(a1(b.row("03", "20113"), 2)))), String.join("\n", errors(c)));
    }

    @Test
    void aSheetRenamedByTheClerkIsFoundByItsTitle() {
        SeedBook b = SeedBook.finalAccounts("002");
        SeedBook.Sheet s = b.sheet("05");
        b.sheets.set(b.sheets.indexOf(s), new SeedBook.Sheet("一般公共预算支出表（修改版）", s.rows()));
        Checked c = check(b);
        assertEquals(List.of(), errors(c));
        assertNotNull(c.facts().get("01.本年支出合计"));
    }
}
