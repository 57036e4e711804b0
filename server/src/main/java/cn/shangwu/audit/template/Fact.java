package cn.shangwu.audit.template;

import java.math.BigDecimal;

/**
 * A named figure a form reports, with where it stands, for checks across forms (表间审核) and for consolidation.
 * Keys are stable names such as {@code 01.本年支出合计} or {@code F2.全年执行数}.
 */
public record Fact(BigDecimal value, String sheet, String cell) {}
