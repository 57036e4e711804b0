package cn.shangwu.audit.testkit;

import cn.shangwu.audit.read.Upload;
import cn.shangwu.audit.template.CheckOptions;
import cn.shangwu.audit.template.Forms;
import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Severity;
import org.apache.poi.ss.usermodel.*;
import org.apache.poi.ss.util.CellReference;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Single-fault mutations of a correct filing: one number changed, the check must then raise a new ERROR or WARNING
 * that names the changed cell, either as its own cell or among the cells of the total it breaks.
 */
public final class Mutations {
    private static final Pattern TEXT_NUMBER = Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?%?");
    private static final Pattern CODE_OR_YEAR = Pattern.compile("[0-9]{3,7}|20[0-9]{2}");

    private Mutations() {}

    /** A cell to change: sheet, A1 address, shown value. */
    public record Site(String sheet, String cell, String shown) {
        @Override public String toString() { return sheet + "!" + cell + "(" + shown + ")"; }
    }

    /** Every number-carrying cell outside headers: numeric cells and numbers typed as text, codes and years left out. */
    public static List<Site> sites(byte[] book, Predicate<Site> keep) {
        List<Site> out = new ArrayList<>();
        DataFormatter fmt = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(book))) {
            for (Sheet s : wb) for (Row r : s) for (Cell c : r) {
                String shown;
                if (c.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(c)) shown = fmt.formatCellValue(c);
                else if (c.getCellType() == CellType.STRING && TEXT_NUMBER.matcher(c.getStringCellValue().strip()).matches())
                    shown = c.getStringCellValue().strip();
                else continue;
                if (CODE_OR_YEAR.matcher(shown.replace(",", "")).matches()) continue;
                Site site = new Site(s.getSheetName(), new CellReference(c.getRowIndex(), c.getColumnIndex()).formatAsString(false), shown);
                if (keep.test(site)) out.add(site);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Up to n sites picked at random with a fixed seed (all when there are fewer). */
    public static List<Site> sample(List<Site> all, int n, long seed) {
        List<Site> copy = new ArrayList<>(all);
        java.util.Collections.shuffle(copy, new Random(seed));
        return copy.subList(0, Math.min(n, copy.size()));
    }

    /** The book with the number at the site raised by the given amount (numeric stays numeric, text stays text). */
    public static byte[] bump(byte[] book, Site site, BigDecimal by) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(book)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellReference ref = new CellReference(site.cell());
            Cell c = wb.getSheet(site.sheet()).getRow(ref.getRow()).getCell(ref.getCol());
            if (c.getCellType() == CellType.NUMERIC) {
                c.setCellValue(new BigDecimal(String.valueOf(c.getNumericCellValue())).add(by).doubleValue());
            } else {
                String t = c.getStringCellValue().strip();
                boolean pct = t.endsWith("%");
                BigDecimal v = new BigDecimal(t.replace(",", "").replace("%", "")).add(by);
                c.setCellValue(v.toPlainString() + (pct ? "%" : ""));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sites whose change raised no new ERROR/WARNING naming them; each line also lists what was raised instead. */
    public static List<String> missed(byte[] book, String filename, List<Site> sites, BigDecimal by) {
        Set<String> before = keys(check(book, filename));
        List<String> missed = new ArrayList<>();
        for (Site site : sites) {
            List<Finding> after;
            try {
                after = check(bump(book, site, by), filename);
            } catch (RuntimeException e) {
                missed.add(site + ": check failed: " + e);
                continue;
            }
            List<Finding> fresh = after.stream().filter(f -> f.severity() != Severity.INFO && !before.contains(key(f))).toList();
            boolean named = fresh.stream().anyMatch(f -> site.sheet().equals(f.sheet()) && site.cell().equals(f.cell())
                    || f.cells().stream().anyMatch(x -> x.equals(site.cell()) && site.sheet().equals(f.sheet())
                    || x.endsWith("!" + site.cell()) && x.contains(site.sheet())));
            if (!named) missed.add(site + " → " + fresh.stream().map(f -> f.rule() + "@" + f.sheet() + "!" + f.cell()).toList());
        }
        return missed;
    }

    private static List<Finding> check(byte[] book, String filename) {
        return Forms.standard().check(new Upload(filename, book), CheckOptions.DEFAULT).report().findings();
    }

    private static Set<String> keys(List<Finding> fs) {
        Set<String> out = new HashSet<>();
        for (Finding f : fs) out.add(key(f));
        return out;
    }

    private static String key(Finding f) {
        // the same rule at the same cell with another reported value is the new fault's finding, not the old one
        return f.rule() + "@" + f.sheet() + "!" + f.cell() + "#" + f.severity() + "=" + f.actual();
    }
}
