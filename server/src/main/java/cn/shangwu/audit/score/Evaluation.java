package cn.shangwu.audit.score;

import java.math.BigDecimal;

/**
 * Whether an indicator met its target, and the score the policy gives it.
 *
 * @param completion actual against target as a fraction (null for qualitative or unreadable indicators)
 * @param reference  the policy's score (null when a person has to judge)
 * @param overshoot  actual more than twice the target: the target was set too low
 */
public record Evaluation(Status status, BigDecimal completion, BigDecimal reference, boolean overshoot, String note) {
    public enum Status { MET, UNMET, REVIEW, UNIT_MISMATCH }

    public boolean unmet() {
        return status == Status.UNMET;
    }
}
