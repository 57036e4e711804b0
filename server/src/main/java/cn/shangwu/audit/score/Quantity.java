package cn.shangwu.audit.score;

import cn.shangwu.audit.read.Numbers;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number with its unit, as written in a target or an actual ("3.43 亿元", "13.1 亿", "95%", "166 条").
 * {@code base} is the value in the family's base unit (亿元 → 元, a bare 亿 → ×10⁸), percent as a fraction.
 */
public record Quantity(BigDecimal value, Unit unit, BigDecimal base, boolean approximate) {

    private static final Pattern NUM = Pattern.compile("^([+-]?\\d+(?:\\.\\d+)?)(.*)$");

    /** Parses a quantity from the start of a canonical text; null when it does not start with a number. */
    public static Quantity parse(String text) {
        if (text == null) return null;
        String s = Numbers.canonical(text);
        Matcher m = NUM.matcher(s);
        if (!m.matches()) return null;
        BigDecimal v = new BigDecimal(m.group(1));
        String rest = m.group(2);
        boolean approx = false;
        if (rest.startsWith("余") || rest.startsWith("多")) {
            approx = true;
            rest = rest.substring(1);
        }
        if (rest.startsWith("%")) {
            return new Quantity(v, Unit.PERCENT, v.movePointLeft(2), approx);
        }
        // "2023 年" or "3 个月" read as text targets, not quantities
        if (rest.startsWith("年") || rest.startsWith("个月") || rest.startsWith("月")) return null;
        Unit u = Unit.prefixOf(rest);
        if (u == null) {
            Unit mult = Unit.bareMultiplier(rest);
            if (mult != null) {
                String after = rest.substring(1);
                Unit inner = Unit.prefixOf(after);
                // "1.2 万个": a multiplier before a counting unit
                if (inner != null) return new Quantity(v, inner, v.multiply(mult.factor()).multiply(inner.factor()), approx);
                return new Quantity(v, mult, v.multiply(mult.factor()), approx);
            }
            u = Unit.NONE;
        }
        return new Quantity(v, u, v.multiply(u.factor()), approx);
    }
}
