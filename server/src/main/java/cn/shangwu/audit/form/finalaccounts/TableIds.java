package cn.shangwu.audit.form.finalaccounts;

import cn.shangwu.audit.read.Grid;

import java.util.LinkedHashMap;
import java.util.Map;

/** Which of 公开01…09表 a sheet holds: by the 公开NN表 mark, the sheet name, else the title (most specific first). */
final class TableIds {
    private TableIds() {}

    /** Titles, most specific first: 财政拨款收入支出决算总表 contains 收入支出决算总表, and so on. */
    static final Map<String, String> TITLES = new LinkedHashMap<>();

    static {
        TITLES.put("三公", "07");
        TITLES.put("政府性基金预算财政拨款收入支出决算表", "08");
        TITLES.put("国有资本经营预算财政拨款支出决算表", "09");
        TITLES.put("基本支出决算", "06");
        TITLES.put("一般公共预算财政拨款支出决算表", "05");
        TITLES.put("财政拨款收入支出决算总表", "04");
        TITLES.put("收入支出决算总表", "01");
        TITLES.put("收入决算表", "02");
        TITLES.put("支出决算表", "03");
    }

    static final Map<String, String> NAMES = Map.of("01", "收入支出决算总表", "02", "收入决算表", "03", "支出决算表",
            "04", "财政拨款收入支出决算总表", "05", "一般公共预算财政拨款支出决算表", "06", "一般公共预算财政拨款基本支出决算表",
            "07", "一般公共预算财政拨款“三公”经费支出决算表", "08", "政府性基金预算财政拨款收入支出决算表", "09", "国有资本经营预算财政拨款支出决算表");

    static String of(Grid g) {
        String head = g.head(8);
        for (int n = 1; n <= 9; n++) if (head.contains("公开0" + n + "表")) return "0" + n;
        String name = Grid.squash(g.sheet().getSheetName());
        for (int n = 1; n <= 9; n++) if (name.contains("公开0" + n) || name.equals("0" + n + "表") || name.equals("0" + n)) return "0" + n;
        for (var e : TITLES.entrySet()) if (name.contains(e.getKey()) && name.endsWith("表")) return e.getValue();
        String title = titleText(g);
        for (var e : TITLES.entrySet()) if (title.contains(e.getKey())) return e.getValue();
        return null;
    }

    /** The first few short texts above the header: where a title stands. */
    private static String titleText(Grid g) {
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < Math.min(4, g.rows()); r++)
            for (int c = 0; c < g.cols(); c++) {
                String k = g.key(r, c);
                if (k.endsWith("表") && k.length() <= 30) b.append(k).append('|');
            }
        return b.toString();
    }
}
