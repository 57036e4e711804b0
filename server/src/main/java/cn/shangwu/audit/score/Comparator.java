package cn.shangwu.audit.score;

/** How an indicator's target is meant: at least, at most, about, exactly, within a range. */
public enum Comparator {
    GE, GT, LE, LT, EQ, ABOUT, RANGE;

    public String symbol() {
        return switch (this) {
            case GE -> "≥";
            case GT -> ">";
            case LE -> "≤";
            case LT -> "<";
            case EQ -> "=";
            case ABOUT -> "≈";
            case RANGE -> "区间";
        };
    }
}
