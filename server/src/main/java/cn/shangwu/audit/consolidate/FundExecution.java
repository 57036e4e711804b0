package cn.shangwu.audit.consolidate;

import java.math.BigDecimal;
import java.util.*;
import java.util.function.LongFunction;

/** 专项资金执行汇总: every unit's F5 rows, a 小计 per unit, the 合计 and its 支付比率. */
final class FundExecution {
    private final List<Rows.Fund> rows = new ArrayList<>();
    private final List<Map<String, Object>> units = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();
    private BigDecimal budget = BigDecimal.ZERO, paid = BigDecimal.ZERO;

    static FundExecution read(Selection sel, LongFunction<byte[]> originals, FundRows reader) {
        FundExecution fe = new FundExecution();
        List<Selection.Used> used = sel.used();
        List<Object> read = used.parallelStream().map(u -> {
            try {
                return (Object) reader.read(originals.apply(u.submission().id()));
            } catch (RuntimeException e) {
                return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
        }).toList();
        int seq = 0;
        for (int i = 0; i < used.size(); i++) {
            Selection.Used u = used.get(i);
            if (!(read.get(i) instanceof List<?> list)) {
                fe.unreadable.add(u.unit().name() + "：" + read.get(i));
                continue;
            }
            BigDecimal ub = BigDecimal.ZERO, up = BigDecimal.ZERO;
            for (Object o : list) {
                FundRows.Row r = (FundRows.Row) o;
                fe.rows.add(new Rows.Fund(String.valueOf(++seq), u.unit().code(), u.unit().name(), r.region(), r.docNo(), r.project(),
                        r.budget(), r.note(), r.paid(), Performance.rate(r.paid(), r.budget()), false));
                if (r.budget() != null) ub = ub.add(r.budget());
                if (r.paid() != null) up = up.add(r.paid());
            }
            fe.rows.add(new Rows.Fund("小计", u.unit().code(), u.unit().name() + " 小计", "", "", "", ub, "共 " + list.size() + " 行", up,
                    Performance.rate(up, ub), true));
            fe.budget = fe.budget.add(ub);
            fe.paid = fe.paid.add(up);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("unit", u.unit().code());
            m.put("name", u.unit().name());
            m.put("rows", list.size());
            m.put("budget", ub);
            m.put("paid", up);
            m.put("rate", Performance.rate(up, ub));
            fe.units.add(m);
        }
        return fe;
    }

    List<Rows.Fund> rows() { return rows; }
    BigDecimal budget() { return budget; }
    BigDecimal paid() { return paid; }
    List<String> unreadable() { return unreadable; }

    Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("budget", budget);
        m.put("paid", paid);
        m.put("rate", Performance.rate(paid, budget));
        m.put("rows", rows.stream().filter(r -> !r.subtotal()).count());
        m.put("units", units);
        m.put("unreadable", unreadable);
        return m;
    }
}
