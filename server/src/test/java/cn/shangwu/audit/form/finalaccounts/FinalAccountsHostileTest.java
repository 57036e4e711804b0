package cn.shangwu.audit.form.finalaccounts;

import cn.shangwu.audit.read.BadWorkbookException;
import cn.shangwu.audit.read.Upload;
import cn.shangwu.audit.template.CheckOptions;
import cn.shangwu.audit.template.Checked;
import cn.shangwu.audit.testkit.TestServer;
import cn.shangwu.audit.verify.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** Odd and hostile copies: a report or a clear 4xx, never a crash; junk in amount cells is reported at its cell. */
class FinalAccountsHostileTest {
    private final FinalAccountsForm form = new FinalAccountsForm();

    @Test
    void junkInAmountCellsAndSyntaxInLabelsAreReportedNotCrashed() {
        SeedBook b = SeedBook.finalAccounts("001");
        int r = b.row("03", "2011308");
        b.set("03", r, 4, "百余场");
        b.set("03", b.row("03", "216"), 1, "商业]服务|业>等支出");
        Checked c = form.check(new Upload("x.xlsx", b.xlsx()), CheckOptions.DEFAULT);
        assertTrue(c.report().findings().stream().anyMatch(f -> f.rule().equals("F4.not-number") && f.severity() == Severity.ERROR
                && f.cell().equals(SeedBook.a1(r, 4))));
    }

    @Test
    void shuffledAndTruncatedTablesGiveAReportOrA4xx() {
        Random rnd = new Random(42);
        for (int round = 0; round < 25; round++) {
            SeedBook b = SeedBook.finalAccounts(round % 2 == 0 ? "001" : "002");
            for (SeedBook.Sheet s : b.sheets) {
                List<String[]> rows = s.rows();
                int cut = rnd.nextInt(Math.max(1, rows.size()));
                if (rnd.nextBoolean()) rows.subList(cut, rows.size()).clear();
                if (rnd.nextBoolean() && rows.size() > 2) java.util.Collections.swap(rows, rnd.nextInt(rows.size()), rnd.nextInt(rows.size()));
                if (rnd.nextBoolean()) rows.add(rnd.nextInt(rows.size() + 1), new String[]{"栏次", "]", "|", "合计", "1,,2", "%"});
            }
            try {
                Checked c = form.check(new Upload("x.xlsx", b.xlsx()), CheckOptions.DEFAULT);
                assertNotNull(c.report());
            } catch (BadWorkbookException e) {
                assertFalse(e.detail().isBlank());
            }
        }
    }

    @Test
    void overHttpAnEmptyNamedSheetIsA4xxOrAReportNeverA500() {
        SeedBook b = new SeedBook();
        b.sheets.add(new SeedBook.Sheet("公开01表", new ArrayList<>(List.<String[]>of(new String[]{"收入支出决算总表"}))));
        var r = TestServer.shared().upload("/api/submissions", "空表.xlsx", b.xlsx(), Map.of(), TestServer.shared().adminToken());
        assertTrue(r.status() == 201 || r.status() == 422, r.status() + " " + r.text());
        assertFalse(r.text().contains("Exception"), r.text());
    }

    @Test
    void anXlsCopyIsCheckedAndReturnedAsXls() {
        SeedBook b = SeedBook.finalAccounts("002");
        int r = b.row("03", "2011308");
        b.set("03", r, 2, "69.83").set("03", r, 4, "69.83");
        Checked c = cn.shangwu.audit.template.Forms.standard().check(new Upload("决算.xls", b.xls()), CheckOptions.DEFAULT);
        assertEquals("final-accounts", c.report().template());
        assertEquals("xls", c.annotatedExtension());
        assertTrue(c.report().findings().stream().anyMatch(f -> f.rule().equals("F4.03.tree") && f.severity() == Severity.ERROR
                && f.cell().equals(SeedBook.a1(b.row("03", "20113"), 2))));
    }
}
