package cn.shangwu.audit.form.selfeval;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A self-evaluation form (F1 or F2) as read from the sheet, every value with its cell. */
public record SelfEval(String sheet, String name, Funds funds, List<Group> groups, List<Indicator> indicators,
                       Total total) {

    /** A row of the funds block: label and values by column key (planned, budget, executed, points, rate, score). */
    public record FundsRow(String label, int row, Map<String, Val> values) {
        public Val get(String column) {
            return values.get(column);
        }
    }

    /** A breakdown (按收入性质分 / 按支出性质分) whose parts add up to the total. */
    public record Breakdown(String name, List<FundsRow> parts) {}

    public record Funds(FundsRow total, List<FundsRow> sources, List<Breakdown> breakdowns) {}

    /** A 一级指标 with the weight its header carries, e.g. 产出指标（40分）. */
    public record Group(String name, BigDecimal weight, int row, int col) {}

    public record Indicator(int row, String group, String level2, String level3, String target, String actual,
                            Val points, Val score, String reason, int targetCol, int actualCol, int reasonCol) {}

    /** The 总分 row: its 分值 and 得分 cells, and the 等级 if the form has one. Null values when absent. */
    public record Total(Val points, Val score, String grade, int gradeRow, int gradeCol) {}
}
