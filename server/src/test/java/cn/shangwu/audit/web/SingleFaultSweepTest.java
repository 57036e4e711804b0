package cn.shangwu.audit.web;

import cn.shangwu.audit.form.finalaccounts.SeedBooks;
import cn.shangwu.audit.form.selfeval.SeedForm;
import cn.shangwu.audit.form.selfeval.Workbooks;
import cn.shangwu.audit.testkit.Mutations;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import org.apache.poi.ss.util.CellReference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** One number changed anywhere in a correct filing is caught at that cell or at the total it breaks. */
class SingleFaultSweepTest {
    private static final BigDecimal BY = new BigDecimal("7.3");

    @Test
    void everyNumberOfTheProjectSelfEvaluations() {
        List<String> missed = new ArrayList<>();
        for (String seed : SeedForm.F1) missed.addAll(sweep(seed));
        assertTrue(missed.isEmpty(), missed.size() + " single faults not caught at their cell:\n" + String.join("\n", missed));
    }

    @Test
    void everyTiedNumberOfTheDepartmentSelfEvaluations() {
        List<String> missed = new ArrayList<>();
        for (String seed : SeedForm.F2) missed.addAll(sweep(seed));
        assertTrue(missed.isEmpty(), missed.size() + " single faults not caught at their cell:\n" + String.join("\n", missed));
    }

    @Test
    void aSampleOfTheFinalAccountsNumbers() {
        List<String> missed = new ArrayList<>();
        for (byte[] book : List.of(SeedBooks.finalAccounts001(), SeedBooks.finalAccounts002())) {
            // 栏次 and 行次 (1, 2, … 64) number the table, they are not amounts
            var sites = Mutations.sample(Mutations.sites(book, s -> !s.shown().matches("[0-9]{1,2}")), 60, 11);
            missed.addAll(Mutations.missed(book, "决算.xlsx", sites, BY));
        }
        assertTrue(missed.isEmpty(), missed.size() + " single faults not caught at their cell:\n" + String.join("\n", missed));
    }

    private static List<String> sweep(String seed) {
        Workbooks.Built built = Workbooks.copy(SeedForm.load(seed));
        // a changed target or actual value may still be met: only the numbers the form's arithmetic ties are swept
        Set<String> free = new HashSet<>();
        built.cells().forEach((k, v) -> {
            if (k.startsWith("ind.") && k.endsWith(".actual")) {
                CellReference a = new CellReference(v);
                free.add(v);
                free.add(new CellReference(a.getRow(), a.getCol() - 1).formatAsString(false));
            }
        });
        // 年初预算数 of the total is tied to nothing unless source rows carry their own
        if (built.cells().keySet().stream().noneMatch(k -> k.startsWith("source.") && k.endsWith(".planned")) && built.cells().containsKey("exec.planned"))
            free.add(built.cell("exec.planned"));
        byte[] book = built.bytes();
        var sites = Mutations.sites(book, s -> !free.contains(s.cell()));
        assertTrue(sites.size() > 10, seed + ": " + sites);
        return Mutations.missed(book, seed + ".xlsx", sites, BY).stream().map(m -> seed + " " + m).toList();
    }
}
