package cn.shangwu.audit.verify.rules;

import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Severity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

/** The engine on small tables: interval tolerance, INFO inside it, the rule's severity beyond, the cell it points at. */
class RuleEngineTest {

    private static Val v(String value, String ref) {
        return new Val(value == null ? null : new BigDecimal(value), "T", ref, 2, false);
    }

    /** A coded table: 合计, class 201 with two 款 and a 项 each. */
    private static Table table(String total, String cls, String k1, String k2, String x1, String x2) {
        List<TRow> rows = new ArrayList<>();
        String[][] data = {{null, "合计", total}, {"201", "一般公共服务支出", cls}, {"20101", "人大事务", k1}, {"2010101", "行政运行", x1},
                {"20113", "商贸事务", k2}, {"2011301", "行政运行", x2}};
        for (int i = 0; i < data.length; i++)
            rows.add(new TRow(i, data[i][0], data[i][1], null, null, Map.of("1", v(data[i][2], "C" + (i + 1))), "A" + (i + 1)));
        return new Table("03", "T", rows, List.of("1"), Map.of("本年支出合计", "1"), "");
    }

    private static RuleSet rules(String expr, String rows) {
        Rule.ForEach fe = rows == null ? null : new Rule.ForEach("03", rows, List.of("*"), null);
        return new RuleSet("t", List.of(new Rule("R", Severity.ERROR, expr, "测试", fe)), Map.of(), Map.of());
    }

    private static List<Finding> run(Table t, RuleSet rs) {
        return new RuleEngine(Map.of("03", t)).run(rs);
    }

    @Test
    void exactSumsGiveNothing() {
        Table t = table("100.00", "100.00", "40.00", "60.00", "40.00", "60.00");
        assertEquals(List.of(), run(t, rules("03[{row}][{col}] = sum(03[children:{row}][{col}])", "parents")));
        assertEquals(List.of(), run(t, rules("03[合计][1] = sum(03[level:3][1])", null)));
    }

    @Test
    void aDifferenceInsideTheIntervalsIsInfoNamingBoth() {
        Table t = table("100.00", "100.01", "40.00", "60.00", "40.00", "60.00");
        List<Finding> f = run(t, rules("03[{row}][{col}] = sum(03[children:{row}][{col}])", "parents"));
        assertEquals(1, f.size());
        assertEquals(Severity.INFO, f.get(0).severity());
        assertEquals("C2", f.get(0).cell());
        assertEquals(0, new BigDecimal("0.015").compareTo(f.get(0).tolerance()), "2 parts + total: 0.005 × 3");
        assertTrue(f.get(0).message().contains("[100.005, 100.015]") && f.get(0).message().contains("[99.990, 100.010]"), f.get(0).message());
        assertEquals(List.of("'T'!C3", "'T'!C5"), f.get(0).cells());
    }

    @Test
    void aDifferenceBeyondTheIntervalsTakesTheRulesSeverityAtTheTotal() {
        Table t = table("100.00", "100.02", "40.00", "60.00", "40.00", "60.00");
        Finding f = run(t, rules("03[{row}][{col}] = sum(03[children:{row}][{col}])", "parents")).get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("C2", f.cell());
        assertEquals(new BigDecimal("100.00"), f.expected());
        assertEquals(new BigDecimal("100.02"), f.actual());
    }

    @Test
    void inequalitiesAndMissingTargets() {
        Table t = table("100.00", "100.00", "40.00", "60.00", "40.00", "60.00");
        assertEquals(List.of(), run(t, rules("03[201][1] >= 03[20101][1]", null)));
        assertEquals(Severity.ERROR, run(t, rules("03[20101][1] >= 03[201][1]", null)).get(0).severity());
        assertEquals(List.of(), run(t, rules("03[999][1] = 03[201][1]", null)), "a row the copy does not have is not checked");
        assertEquals(List.of(), run(t, rules("04[合计][1] = 03[201][1]", null)), "a table the upload does not have is not checked");
    }

    @Test
    void emptyCellsAreExactZeros() {
        Table t = table("60.00", "60.00", null, "60.00", null, "60.00");
        assertEquals(List.of(), run(t, rules("03[{row}][{col}] = sum(03[children:{row}][{col}])", "parents")));
    }

    @Test
    void malformedExpressionsAreRejectedWhenTheRuleSetLoads() {
        assertThrows(IllegalArgumentException.class, () -> rules("03[合计][1] == 3", null));
        assertThrows(IllegalArgumentException.class, () -> rules("03[合计[1] = 3", null));
    }
}
