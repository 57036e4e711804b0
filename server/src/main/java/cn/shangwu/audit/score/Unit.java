package cn.shangwu.audit.score;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A unit of measure as clerks write it, with its family (what it can be compared with) and its factor to the
 * family's base unit (万元 = 10⁴ 元, 亿美元 = 10⁸ 美元). Counting units (个 家 场 次 …) share one family: clerks
 * mix 场 and 次 for the same thing.
 */
public record Unit(String name, String family, BigDecimal factor) {
    public static final Unit NONE = new Unit("", "", BigDecimal.ONE);
    public static final Unit PERCENT = new Unit("%", "percent", BigDecimal.ONE);

    private static final Map<String, Unit> KNOWN = new LinkedHashMap<>();

    static {
        // Longest names first: the parser tries them in this order.
        put("万美元", "usd", "10000");
        put("亿美元", "usd", "100000000");
        put("美元", "usd", "1");
        put("万元", "cny", "10000");
        put("亿元", "cny", "100000000");
        put("元", "cny", "1");
        put("平方米", "area", "1");
        put("平米", "area", "1");
        put("平", "area", "1");
        put("人次", "count", "1");
        put("标箱", "count", "1");
        put("小时", "hours", "1");
        for (String c : new String[]{"个", "家", "列", "次", "场", "人", "份", "条", "辆", "期", "项", "批", "户", "名", "件", "吨", "笔"})
            put(c, "count", "1");
        put("天", "days", "1");
        put("日", "days", "1");
    }

    private static void put(String name, String family, String factor) {
        KNOWN.put(name, new Unit(name, family, new BigDecimal(factor)));
    }

    /** The unit starting the given text (after the number), or null. */
    public static Unit prefixOf(String s) {
        for (var e : KNOWN.entrySet()) if (s.startsWith(e.getKey())) return e.getValue();
        return null;
    }

    /** A bare 万 or 亿 after a number with no other unit: a multiplier of the number itself. */
    public static Unit bareMultiplier(String s) {
        if (s.startsWith("万")) return new Unit("万", "", new BigDecimal("10000"));
        if (s.startsWith("亿")) return new Unit("亿", "", new BigDecimal("100000000"));
        return null;
    }

    /** Whether amounts in these units can be compared (an empty family takes the other's). */
    public boolean comparableWith(Unit o) {
        return family.isEmpty() || o.family.isEmpty() || family.equals(o.family);
    }

    /** Time units: a smaller value is better (3 天 done in 2 天 is met). */
    public boolean smallerIsBetter() {
        return family.equals("days") || family.equals("hours");
    }
}
