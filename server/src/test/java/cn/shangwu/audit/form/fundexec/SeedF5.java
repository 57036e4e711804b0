package cn.shangwu.audit.form.fundexec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The 185 rows and the 合计 of seed 003 附件2 (专项资金预算执行明细表), parsed from the seed's own table lines
 * (a verbatim excerpt in src/test/resources/seeds). Nothing is typed in by hand.
 */
final class SeedF5 {
    /** One table line as printed: amounts in 万元, "-" or "" for nothing paid, rate as printed ("59.23%"). */
    record Line(String serial, String unit, String docNo, String project, String budget, String note, String paid, String rate) {
        BigDecimal budgetValue() { return amount(budget); }
        BigDecimal paidValue() { return amount(paid); }
        /** The printed rate as a fraction: 59.23% → 0.5923. */
        BigDecimal rateValue() { return new BigDecimal(rate.replace("%", "").strip()).movePointLeft(2); }

        Line withPaid(String p) { return new Line(serial, unit, docNo, project, budget, note, p, rate); }
        Line withRate(String r) { return new Line(serial, unit, docNo, project, budget, note, paid, r); }
        Line withBudget(String b) { return new Line(serial, unit, docNo, project, b, note, paid, rate); }
        Line withNote(String n) { return new Line(serial, unit, docNo, project, budget, n, paid, rate); }
        Line withUnit(String u) { return new Line(serial, u, docNo, project, budget, note, paid, rate); }
    }

    static final List<Line> ROWS;
    static final Line TOTAL;

    static {
        List<Line> rows = new ArrayList<>();
        Line total = null;
        try (InputStream in = SeedF5.class.getResourceAsStream("/seeds/003_fund_execution.txt")) {
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!l.startsWith("|")) continue;
                String[] c = l.strip().substring(1).split("\\|", -1);
                if (c.length < 8) continue;
                for (int i = 0; i < c.length; i++) c[i] = c[i].strip();
                Line line = new Line(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]);
                if (c[0].matches("\\d+")) rows.add(line);
                else if (c[0].equals("合计")) total = line;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ROWS = List.copyOf(rows);
        TOTAL = total;
    }

    /** A printed amount; "-", blank and (in mutated lines) text that is no number count as 0. */
    static BigDecimal amount(String s) {
        String t = s.replace(",", "").replace("T:", "").strip();
        try {
            return t.isEmpty() || t.equals("-") ? BigDecimal.ZERO : new BigDecimal(t);
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    private SeedF5() {}
}
