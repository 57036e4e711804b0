package cn.shangwu.audit.form.finalaccounts;

import cn.shangwu.audit.read.Upload;
import cn.shangwu.audit.template.CheckOptions;
import cn.shangwu.audit.template.Checked;
import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** The 001 (2023) and 002 (2021) 决算 tables as printed, then single-fault copies of them. */
class FinalAccountsSeedTest {
    private final FinalAccountsForm form = new FinalAccountsForm();

    private Checked check(SeedBook b) {
        return form.check(new Upload("决算.xlsx", b.xlsx()), CheckOptions.DEFAULT);
    }

    private static List<Finding> errors(Checked c) {
        return c.report().findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    private static String dump(Checked c) {
        return c.report().findings().stream().map(f -> f.severity() + " " + f.rule() + " " + f.sheet() + "!" + f.cell() + " " + f.message())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void seed001AsPrintedHasNoErrors() {
        Checked c = check(SeedBook.finalAccounts("001"));
        System.out.println(dump(c));
        assertEquals(List.of(), errors(c), dump(c));
    }

    @Test
    void seed002AsPrintedHasNoErrors() {
        Checked c = check(SeedBook.finalAccounts("002"));
        System.out.println(dump(c));
        assertEquals(List.of(), errors(c), dump(c));
    }
}
