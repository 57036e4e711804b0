package cn.shangwu.audit.read;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns what clerks type into numbers, saying when it had to clean up. Never throws. */
public final class Numbers {
    private Numbers() {}

    private static final Pattern NUMBER = Pattern.compile("^([¥￥]?)([+-]?)[¥￥]?(\\d+(?:\\.\\d+)?|\\.\\d+)(%|％)?(万元|亿元|元|万|亿)?$");

    /** Full-width digits, punctuation and spaces made ASCII; thousands separators and inner spaces removed. */
    public static String canonical(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９') b.append((char) (c - '０' + '0'));
            else if (c == '．' || c == '。') b.append('.');
            else if (c == '，' || c == ',' ) continue;
            else if (c == '－' || c == '—' || c == '–') b.append('-');
            else if (c == '＋') b.append('+');
            else if (c == '％') b.append('%');
            else if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000') continue;
            else b.append(c);
        }
        return b.toString();
    }

    /** Parses a number typed as text. Returns null when it is not one. */
    public static Amount parse(String text) {
        if (text == null) return Amount.EMPTY;
        String raw = text;
        String t = text.strip();
        if (t.isEmpty()) return new Amount(null, raw, false, false, 0);
        String c = canonical(t);
        Matcher m = NUMBER.matcher(c);
        if (!m.matches()) return new Amount(null, raw, false, false, 0);
        // a yuan sign (¥176.67, -¥5, ¥-5) is money written as clerks see it in Excel's currency format
        boolean yuan = !m.group(1).isEmpty() || c.indexOf('¥') >= 0 || c.indexOf('￥') >= 0;
        BigDecimal v = new BigDecimal(m.group(2) + m.group(3));
        boolean pct = m.group(4) != null;
        if (pct) v = v.movePointLeft(2);
        int decimals = Math.max(0, new BigDecimal(m.group(3)).scale());
        // Cleaned up: separators, spaces, full-width characters, a yuan sign or a unit suffix had to go.
        boolean cleaned = !c.equals(t) || m.group(5) != null || yuan;
        return new Amount(v, raw, cleaned, pct, pct ? decimals + 2 : decimals);
    }

    /** Decimals shown by a number stored as a double in a cell (e.g. 1085.42 → 2), at most 10. */
    public static int decimalsOf(double d) {
        BigDecimal b = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        return Math.min(10, Math.max(0, b.scale()));
    }

    /** An exact decimal for a double read from a cell, without binary noise (1085.42 not 1085.4200000000000728…). */
    public static BigDecimal exact(double d) {
        return new BigDecimal(Double.toString(d)).stripTrailingZeros();
    }
}
