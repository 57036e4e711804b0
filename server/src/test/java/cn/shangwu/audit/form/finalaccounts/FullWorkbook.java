package cn.shangwu.audit.form.finalaccounts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.*;

/**
 * A full, consistent F4 filing for the benchmark: every 功能分类 code of codes.json (~60 rows) in 02/03/05 with
 * generated amounts that add up by code prefix, 01/04 from their 类 totals, and 001's 06–09 tables. Built through our
 * blank so totals are live formulas.
 */
public final class FullWorkbook {
    private FullWorkbook() {}

    public static byte[] build() {
        SeedBook seed = SeedBook.finalAccounts("001");
        Map<String, String> codes = CodeList.load().functional();
        // leaves get amounts; 2011301 (行政运行) carries 001's whole 基本支出 so 05 agrees with 06
        Map<String, BigDecimal> total = new TreeMap<>(), basic = new TreeMap<>();
        int i = 0;
        for (String c : codes.keySet()) {
            boolean leaf = codes.keySet().stream().noneMatch(k -> k.length() > c.length() && k.startsWith(c));
            if (!leaf) continue;
            BigDecimal v = c.equals("2011301") ? new BigDecimal("2400.00") : new BigDecimal(10 + (i++ * 37) % 500).add(new BigDecimal("0.37"));
            BigDecimal b = c.equals("2011301") ? new BigDecimal("2358.60") : BigDecimal.ZERO;
            for (String p : List.of(c.substring(0, 3), c.length() >= 5 ? c.substring(0, 5) : "", c.length() == 7 ? c : "")) {
                if (p.isEmpty() || !codes.containsKey(p)) continue;
                total.merge(p, v, BigDecimal::add);
                basic.merge(p, b, BigDecimal::add);
            }
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (var e : total.entrySet()) if (e.getKey().length() == 3) sum = sum.add(e.getValue());
        for (String t : List.of("02", "03", "05")) {
            List<String[]> rows = seed.sheet(t).rows();
            rows.removeIf(f -> f.length > 0 && f[0].strip().matches("\\d{3,7}"));
            for (var e : total.entrySet()) {
                String c = e.getKey();
                BigDecimal v = e.getValue(), b = basic.get(c), p = v.subtract(b);
                rows.add(switch (t) {
                    case "02" -> new String[]{c, codes.get(c), s(v), s(v), "", "", "", "", ""};
                    case "03" -> new String[]{c, codes.get(c), s(v), s(b), s(p), "", "", ""};
                    default -> new String[]{c, codes.get(c), s(v), s(b), s(p)};
                });
            }
        }
        for (String t : List.of("01", "04")) {
            List<String[]> rows = seed.sheet(t).rows();
            rows.clear();
            boolean four = t.equals("04");
            rows.add(new String[]{four ? "一、一般公共预算财政拨款" : "一、一般公共预算财政拨款收入", "1", s(sum)});
            for (var e : total.entrySet())
                if (e.getKey().length() == 3) {
                    String v = s(e.getValue());
                    rows.add(four ? new String[]{"", "", "", codes.get(e.getKey()), "", v, v} : new String[]{"", "", "", codes.get(e.getKey()), "", v});
                }
        }
        return BlankFiller.bytes(BlankFiller.fill(seed));
    }

    private static String s(BigDecimal v) {
        return v.signum() == 0 ? "" : v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
