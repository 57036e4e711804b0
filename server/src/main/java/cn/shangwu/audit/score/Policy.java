package cn.shangwu.audit.score;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How an unmet target is scored: {@code proportional} (分值 × 完成率, the default) or {@code linear-K}
 * (003's "完成率每降低1%扣K分，扣完为止").
 */
public record Policy(String name, BigDecimal perPercent) {
    public static final Policy PROPORTIONAL = new Policy("proportional", null);

    public static Policy parse(String s) {
        if (s == null || s.isBlank() || s.equals("proportional")) return PROPORTIONAL;
        if (s.startsWith("linear-")) {
            try {
                BigDecimal k = new BigDecimal(s.substring("linear-".length()));
                if (k.signum() > 0) return new Policy(s, k);
            } catch (NumberFormatException ignored) {
                // fall through to the error below
            }
        }
        throw new IllegalArgumentException("未知的评分办法“" + s + "”，可用 proportional 或 linear-0.2");
    }

    /** The reference score for a completion rate (a fraction, 1 = fully met), 2 decimals. */
    public BigDecimal reference(BigDecimal weight, BigDecimal completion) {
        BigDecimal c = completion.max(BigDecimal.ZERO).min(BigDecimal.ONE);
        BigDecimal r = perPercent == null
                ? weight.multiply(c)
                : weight.subtract(perPercent.multiply(BigDecimal.ONE.subtract(c)).multiply(BigDecimal.valueOf(100))).max(BigDecimal.ZERO);
        return r.setScale(2, RoundingMode.HALF_UP);
    }

    /** In a Chinese sentence. */
    public String describe() {
        return perPercent == null ? "按完成比例计分" : "完成率每降低1%扣" + perPercent.stripTrailingZeros().toPlainString() + "分";
    }
}
