package cn.shangwu.audit.form.fundexec;

import cn.shangwu.audit.read.Grid;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the table's header is and which column holds which field, found by labels: it tolerates title rows,
 * blank rows, an extra leading column, any column order and a header split over two rows (merged group cells).
 *
 * @param lastRow zero-based index of the header's last row; data starts below it
 * @param labels  the squashed header text of each mapped column
 */
record Header(int firstRow, int lastRow, Map<Field, Integer> columns, Map<Field, String> labels) {
    /** How many leading rows we look at for the header. */
    static final int SCAN_ROWS = 40;

    int col(Field f) {
        return columns.getOrDefault(f, -1);
    }

    String label(Field f) {
        return labels.getOrDefault(f, "");
    }

    boolean has(Field f) {
        return columns.containsKey(f);
    }

    /** The header among the first rows of a sheet (zero-based index → cells), or null when there is none. */
    static Header find(TreeMap<Integer, List<RawCell>> rows) {
        List<Integer> idx = new ArrayList<>(rows.keySet());
        for (int i = 0; i < idx.size(); i++) {
            int r = idx.get(i);
            Map<Integer, String> one = texts(rows.get(r));
            Map<Field, Integer> single = map(one);
            Map<Field, Integer> best = single;
            Map<Integer, String> bestTexts = one;
            int last = r;
            // A two-row header: group labels above (支付情况), leaf labels below (支付金额, 支付比率).
            // The upper row must itself hold labels: a title or 截至 line directly above is not part of the header.
            if (!single.isEmpty() && i + 1 < idx.size() && idx.get(i + 1) == r + 1) {
                Map<Integer, String> two = new TreeMap<>(one);
                texts(rows.get(r + 1)).forEach((c, t) -> two.merge(c, t, String::concat));
                Map<Field, Integer> combined = map(two);
                if (combined.size() > single.size()) {
                    best = combined;
                    bestTexts = two;
                    last = r + 1;
                }
            }
            if (complete(best)) {
                Map<Field, String> labels = new EnumMap<>(Field.class);
                for (var e : best.entrySet()) labels.put(e.getKey(), bestTexts.get(e.getValue()));
                return new Header(r, last, best, labels);
            }
        }
        return null;
    }

    /** Enough to verify: both amounts and something naming the row. */
    static boolean complete(Map<Field, Integer> m) {
        return m.containsKey(Field.BUDGET) && m.containsKey(Field.PAID)
                && (m.containsKey(Field.UNIT) || m.containsKey(Field.PROJECT) || m.containsKey(Field.DOC_NO));
    }

    private static Map<Integer, String> texts(List<RawCell> cells) {
        Map<Integer, String> m = new TreeMap<>();
        for (RawCell c : cells) {
            String k = Grid.squash(c.display());
            if (!k.isEmpty()) m.put(c.col(), k);
        }
        return m;
    }

    private static Map<Field, Integer> map(Map<Integer, String> texts) {
        Map<Field, Integer> m = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            for (var e : texts.entrySet()) {
                if (m.containsValue(e.getKey())) continue;
                if (f.matches(e.getValue())) {
                    m.put(f, e.getKey());
                    break;
                }
            }
        }
        return m;
    }
}
