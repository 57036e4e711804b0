package cn.shangwu.audit.verify;

import java.math.BigDecimal;

/** The 总分 as the form reports it, as recomputed, and the grade of the recomputed score. */
public record Score(BigDecimal reported, BigDecimal verified, String grade) {

    /** 优 ≥ 90, 良 [80, 90), 中 [60, 80), 差 < 60 (thresholds stated by seed 002). */
    public static String grade(BigDecimal score) {
        if (score == null) return null;
        if (score.compareTo(BigDecimal.valueOf(90)) >= 0) return "优";
        if (score.compareTo(BigDecimal.valueOf(80)) >= 0) return "良";
        if (score.compareTo(BigDecimal.valueOf(60)) >= 0) return "中";
        return "差";
    }
}
