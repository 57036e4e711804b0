package cn.shangwu.audit.score;

import cn.shangwu.audit.read.Numbers;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a 年度指标值 as clerks write it: "≥ 90%", "》90%", "200 个以上", "不低于 95%", "20%左右", "6—8 个",
 * "≤ 960 万", "3 亿美元". Text with no leading number is a qualitative target.
 */
public final class TargetParser {
    private TargetParser() {}

    private static final List<Map.Entry<String, Comparator>> PREFIXES = List.of(
            Map.entry(">=", Comparator.GE), Map.entry("≥", Comparator.GE), Map.entry("≧", Comparator.GE),
            Map.entry("》", Comparator.GE), Map.entry("不低于", Comparator.GE), Map.entry("不少于", Comparator.GE),
            Map.entry("大于等于", Comparator.GE), Map.entry("至少", Comparator.GE), Map.entry("达到", Comparator.GE),
            Map.entry("<=", Comparator.LE), Map.entry("≤", Comparator.LE), Map.entry("≦", Comparator.LE),
            Map.entry("《", Comparator.LE), Map.entry("不高于", Comparator.LE), Map.entry("不超过", Comparator.LE),
            Map.entry("不多于", Comparator.LE), Map.entry("小于等于", Comparator.LE), Map.entry("控制在", Comparator.LE),
            Map.entry(">", Comparator.GT), Map.entry("＞", Comparator.GT), Map.entry("大于", Comparator.GT),
            Map.entry("超过", Comparator.GT), Map.entry("<", Comparator.LT), Map.entry("＜", Comparator.LT),
            Map.entry("小于", Comparator.LT), Map.entry("低于", Comparator.LT), Map.entry("=", Comparator.EQ),
            Map.entry("＝", Comparator.EQ));

    private static final Pattern RANGE = Pattern.compile("^(\\d+(?:\\.\\d+)?)(?:-|~|～|至|到)(\\d+(?:\\.\\d+)?.*)$");

    public static Target parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        String s = Numbers.canonical(text);
        Comparator cmp = null;
        for (var p : PREFIXES) {
            if (s.startsWith(p.getKey())) {
                cmp = p.getValue();
                s = s.substring(p.getKey().length());
                break;
            }
        }
        Matcher range = RANGE.matcher(s);
        if (cmp == null && range.matches()) {
            Quantity upper = Quantity.parse(range.group(2));
            Quantity lower = upper == null ? null : Quantity.parse(range.group(1) + upperUnitText(range.group(2)));
            if (lower != null) return new Target(text, Comparator.RANGE, lower, upper);
        }
        if (s.endsWith("以上")) { cmp = cmp == null ? Comparator.GE : cmp; s = cut(s, "以上"); }
        else if (s.endsWith("以下") || s.endsWith("以内")) { cmp = cmp == null ? Comparator.LE : cmp; s = s.substring(0, s.length() - 2); }
        else if (s.endsWith("左右")) { cmp = cmp == null ? Comparator.ABOUT : cmp; s = cut(s, "左右"); }
        Quantity q = Quantity.parse(s);
        if (q == null || !wholeQuantity(s)) return new Target(text, null, null, null);
        return new Target(text, cmp == null ? Comparator.EQ : cmp, q, null);
    }

    private static String cut(String s, String suffix) {
        return s.substring(0, s.length() - suffix.length());
    }

    private static String upperUnitText(String upper) {
        Matcher m = Pattern.compile("^\\d+(?:\\.\\d+)?(.*)$").matcher(upper);
        return m.matches() ? m.group(1) : "";
    }

    /** "2000 份" is a quantity; "2023 年内" or "3 天内完成审核" is not a plain number-with-unit. */
    private static boolean wholeQuantity(String s) {
        Matcher m = Pattern.compile("^[+-]?\\d+(?:\\.\\d+)?(余|多)?(.*)$").matcher(s);
        if (!m.matches()) return false;
        String rest = m.group(2).replaceAll("\\(.*?\\)", "");
        if (rest.isEmpty() || rest.equals("%")) return true;
        if (rest.startsWith("个月") || rest.startsWith("年") || rest.startsWith("月")) return false;
        Unit u = Unit.prefixOf(rest);
        if (u == null && Unit.bareMultiplier(rest) != null) {
            String after = rest.substring(1);
            return after.isEmpty() || (Unit.prefixOf(after) != null && after.length() <= Unit.prefixOf(after).name().length() + 1);
        }
        return u != null && rest.length() - u.name().length() <= 1;
    }
}
