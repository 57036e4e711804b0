package cn.shangwu.audit.form.basicdata;

import cn.shangwu.audit.annotate.Annotator;
import cn.shangwu.audit.form.finalaccounts.SheetReading;
import cn.shangwu.audit.read.Grid;
import cn.shangwu.audit.verify.rules.Labels;
import cn.shangwu.audit.verify.rules.TRow;
import cn.shangwu.audit.verify.rules.Table;
import cn.shangwu.audit.verify.rules.Val;

import java.util.*;

/**
 * Reads the 部门整体支出绩效评价基础数据表 by its labels: the 财政供养人员 block (编制数, 实际在职人数, 控制率), the
 * 经费控制 block (上年决算数, 本年预算数, 本年决算数 by position after the label column) with the 专项 rows under
 * 市级专项资金 as group {@code item}, and the 楼堂馆所 rows as group {@code building}.
 */
final class BasicDataReader {
    static final List<String> MONEY = List.of("上年决算数", "本年预算数", "本年决算数");
    static final List<String> BUILDING = List.of("批复规模", "实际规模", "规模控制率", "预算投资", "实际投资", "投资概算控制率");

    private BasicDataReader() {}

    static Table read(SheetReading in) {
        Grid g = in.grid();
        List<TRow> rows = new ArrayList<>();
        Map<String, String> aliases = new LinkedHashMap<>();
        List<String> columns = new ArrayList<>();
        // 财政供养人员
        var staff = g.findLabel(0, "财政供养人员");
        if (staff.isPresent()) {
            int hr = staff.get().getRow();
            int cb = g.colOf(hr, 0, "编制数"), cz = colContaining(g, hr, "在职"), cr = colContaining(g, hr, "控制率");
            int vr = hr + 1;
            while (vr < g.rows() && g.blankRow(vr)) vr++;
            Map<String, Val> cells = new LinkedHashMap<>();
            if (cb >= 0) cells.put("编制数", in.amount(vr, cb));
            if (cz >= 0) cells.put("实际在职人数", in.amount(vr, cz));
            if (cr >= 0) cells.put("控制率", in.amount(vr, cr));
            rows.add(new TRow(rows.size(), null, "人员", null, "staff", cells, Annotator.a1(vr, Math.max(cb, 0))));
            columns.addAll(cells.keySet());
        }
        var money = g.findLabel(0, "经费控制");
        if (money.isEmpty()) return rows.isEmpty() ? null : new Table("F3", in.sheet(), rows, columns, aliases, "");
        int hr = money.get().getRow();
        int lc = money.get().getColumn();
        List<Integer> cols = new ArrayList<>();
        for (int c = lc + 1; c < g.cols() && cols.size() < 3; c++) if (!g.key(hr, c).isEmpty() && !g.key(hr, c).equals(g.key(hr, lc))) cols.add(c);
        for (int i = 0; i < cols.size(); i++) {
            aliases.put(String.valueOf(i + 1), MONEY.get(i));
            aliases.put(Labels.key(g.text(hr, cols.get(i))), MONEY.get(i));
        }
        columns.addAll(MONEY.subList(0, cols.size()));
        String group = null;
        int r = hr + 1;
        for (; r < g.rows(); r++) {
            String label = Labels.key(g.text(r, lc));
            if (label.startsWith("楼堂馆所") || label.startsWith("厉行节约") || label.startsWith("说明") || label.startsWith("填表人")) break;
            if (label.isEmpty() && g.blankRow(r)) continue;
            if (label.startsWith("市级专项资金")) group = "item";
            else if (label.startsWith("公用经费") || label.startsWith("政府采购") || label.startsWith("部门基本支出")) group = label.startsWith("公用经费") ? "public" : null;
            Map<String, Val> cells = new LinkedHashMap<>();
            for (int i = 0; i < cols.size(); i++) cells.put(MONEY.get(i), in.amount(r, cols.get(i)));
            String kind = group == null || label.startsWith("市级专项资金") || label.startsWith("公用经费") ? null : group;
            rows.add(new TRow(rows.size(), null, label, null, kind, cells, Annotator.a1(r, lc)));
        }
        // 楼堂馆所: one row per completed project
        if (r < g.rows() && Labels.key(g.text(r, lc)).startsWith("楼堂馆所")) {
            int bh = r;
            Map<String, Integer> bc = new LinkedHashMap<>();
            for (String k : BUILDING) {
                int c = colContaining(g, bh, k.equals("规模控制率") ? "规模控制" : k.equals("投资概算控制率") ? "概算控制" : k);
                if (c >= 0) bc.put(k, c);
            }
            columns.addAll(bc.keySet());
            for (r = bh + 1; r < g.rows(); r++) {
                String label = Labels.key(g.text(r, lc));
                if (label.startsWith("厉行节约") || label.startsWith("说明") || label.startsWith("填表人")) break;
                if (g.blankRow(r)) continue;
                Map<String, Val> cells = new LinkedHashMap<>();
                final int rr = r;
                bc.forEach((k, c) -> cells.put(k, in.amount(rr, c)));
                rows.add(new TRow(rows.size(), null, label, null, "building", cells, Annotator.a1(r, lc)));
            }
        }
        return new Table("F3", in.sheet(), rows, columns, aliases, "");
    }

    private static int colContaining(Grid g, int r, String part) {
        for (int c = 0; c < g.cols(); c++) if (g.key(r, c).contains(part)) return c;
        return -1;
    }
}
