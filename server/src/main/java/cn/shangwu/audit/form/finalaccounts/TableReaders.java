package cn.shangwu.audit.form.finalaccounts;

import cn.shangwu.audit.read.Grid;
import cn.shangwu.audit.verify.rules.Labels;
import cn.shangwu.audit.verify.rules.TRow;
import cn.shangwu.audit.verify.rules.Table;
import cn.shangwu.audit.verify.rules.Val;

import java.util.*;

/**
 * Label-driven readers for the layouts of the 部门决算 tables. None relies on fixed positions: header rows are found
 * by their labels (科目编码, 项目/行次, 栏次), rows end at the 注/备注 lines, blank and inserted rows are tolerated.
 */
final class TableReaders {
    private static final java.util.regex.Pattern JOINED = java.util.regex.Pattern.compile("(\\d{3}(?:\\d{2}){0,2})(\\D.*)");

    private TableReaders() {}

    /** 02, 03, 05, 08, 09: rows by 功能分类科目编码 and 科目名称, amount columns by 栏次. */
    static Table coded(String id, SheetReading in) {
        Grid g = in.grid();
        int hr = -1, codeCol = -1;
        for (int r = 0; r < g.rows() && hr < 0; r++)
            for (int c = 0; c < g.cols(); c++)
                if (g.key(r, c).contains("编码") || g.key(r, c).contains("代码")) { hr = r; codeCol = c; break; }
        if (hr < 0) return null;
        int nameCol = g.colOf(hr, codeCol + 1, "科目名称");
        if (nameCol < 0) nameCol = codeCol + 1;
        int lanci = findLanci(g, hr, nameCol);
        Map<String, String> aliases = new LinkedHashMap<>();
        List<String> cols = new ArrayList<>();
        List<Integer> colIdx = new ArrayList<>();
        amountColumns(g, hr, lanci, nameCol + 1, g.cols(), cols, colIdx, aliases, 1);
        int start = Math.max(hr, lanci) + 1;
        List<TRow> rows = new ArrayList<>();
        StringBuilder note = new StringBuilder();
        boolean ended = false;
        for (int r = start; r < g.rows(); r++) {
            String first = firstText(g, r);
            // a 注 ends the table once its lines have begun; one above the first line is a remark under the header
            if (isNote(first)) {
                note.append(rowText(g, r)).append('\n');
                ended |= rows.stream().anyMatch(x -> x.code() != null);
                continue;
            }
            if (ended) { note.append(rowText(g, r)); continue; }
            if (g.blankRow(r)) continue;
            String codeText = g.key(r, codeCol);
            String code = codeText.matches("\\d{3}(\\d{2}){0,2}") ? codeText : null;
            String label = code == null && !codeText.isEmpty() && !codeText.matches("\\d+") ? Labels.key(codeText) : Labels.key(g.text(r, nameCol));
            // code and name typed into one cell ("201 一般公共服务支出"), as some exports do
            java.util.regex.Matcher joined = JOINED.matcher(codeText);
            if (code == null && joined.matches() && g.key(r, nameCol).isEmpty()) {
                code = joined.group(1);
                label = Labels.key(joined.group(2));
            }
            if (code == null && label.isEmpty() && codeText.isEmpty()) {
                // amounts without a code or name: keep them so totals still see them
                label = "";
            }
            Map<String, Val> cells = new LinkedHashMap<>();
            for (int i = 0; i < cols.size(); i++) cells.put(cols.get(i), in.amount(r, colIdx.get(i)));
            rows.add(new TRow(rows.size(), code, label, null, code == null ? null : level(code), cells, a1(r, codeCol)));
        }
        return new Table(id, in.sheet(), rows, cols, aliases, note.toString());
    }

    /** 01, 04: side-by-side blocks 项目 | 行次 | amounts…, rows by label. */
    static Table balance(String id, SheetReading in, Set<String> classNames) {
        Grid g = in.grid();
        int hr = -1;
        for (int r = 0; r < g.rows() && hr < 0; r++)
            if (g.colOf(r, 0, "行次") >= 0 && g.rowKeys(r).contains("项目")) hr = r;
        if (hr < 0) return null;
        List<Integer> labelCols = new ArrayList<>();
        for (int c = 0; c < g.cols(); c++) if (g.key(hr, c).equals("项目") && (c == 0 || !g.key(hr, c - 1).equals("项目"))) labelCols.add(c);
        int lanci = -1;
        for (int r = hr + 1; r < Math.min(g.rows(), hr + 4); r++) if (g.key(r, labelCols.get(0)).equals("栏次")) lanci = r;
        record Block(int labelCol, int lineCol, List<String> cols, List<Integer> idx) {}
        List<Block> blocks = new ArrayList<>();
        Map<String, String> aliases = new LinkedHashMap<>();
        List<String> allCols = new ArrayList<>();
        int next = 1;
        for (int b = 0; b < labelCols.size(); b++) {
            int lc = labelCols.get(b);
            int end = b + 1 < labelCols.size() ? labelCols.get(b + 1) : g.cols();
            int lineCol = g.colOf(hr, lc + 1, "行次");
            if (lineCol < 0 || lineCol >= end) continue;
            List<String> cols = new ArrayList<>();
            List<Integer> idx = new ArrayList<>();
            next = amountColumns(g, hr, lanci, lineCol + 1, end, cols, idx, aliases, next);
            allCols.addAll(cols);
            blocks.add(new Block(lc, lineCol, cols, idx));
        }
        int start = Math.max(hr, lanci) + 1;
        List<TRow> rows = new ArrayList<>();
        StringBuilder note = new StringBuilder();
        boolean[] pastLines = new boolean[blocks.size()];
        for (int r = start; r < g.rows(); r++) {
            String first = firstText(g, r);
            if (isNote(first)) { note.append(rowText(g, r)).append('\n'); continue; }
            if (!note.isEmpty()) { note.append(rowText(g, r)); continue; }
            for (int bi = 0; bi < blocks.size(); bi++) {
                Block b = blocks.get(bi);
                String label = Labels.key(g.text(r, b.labelCol()));
                if (label.startsWith("本年") && label.endsWith("合计")) pastLines[bi] = true;
                Map<String, Val> cells = new LinkedHashMap<>();
                boolean any = false;
                for (int i = 0; i < b.cols().size(); i++) {
                    Val v = in.amount(r, b.idx().get(i));
                    any |= v.present();
                    cells.put(b.cols().get(i), v);
                }
                if (label.isEmpty() && !any) continue;
                // on the expenditure side every labelled line above 本年支出合计 is a 类 line, even under a name we do not know
                boolean line = bi > 0 && !pastLines[bi] && !label.isEmpty();
                String kind = classNames.contains(label) || line ? "class" : null;
                rows.add(new TRow(rows.size(), null, label, g.key(r, b.lineCol()), kind, cells, a1(r, b.labelCol())));
            }
        }
        return new Table(id, in.sheet(), rows, allCols, aliases, note.toString());
    }

    /** 06: blocks 科目编码 | 科目名称 | 决算数 side by side; 人员经费合计 and 公用经费合计 as labelled rows. */
    static Table economic(String id, SheetReading in) {
        Grid g = in.grid();
        int hr = -1;
        List<Integer> codeCols = new ArrayList<>();
        for (int r = 0; r < g.rows() && hr < 0; r++) {
            List<Integer> found = new ArrayList<>();
            for (int c = 0; c < g.cols(); c++)
                if ((g.key(r, c).contains("编码") || g.key(r, c).contains("代码")) && (c == 0 || !g.key(r, c - 1).equals(g.key(r, c)))) found.add(c);
            if (!found.isEmpty()) { hr = r; codeCols = found; }
        }
        if (hr < 0) return null;
        List<int[]> blocks = new ArrayList<>();
        for (int b = 0; b < codeCols.size(); b++) {
            int cc = codeCols.get(b);
            int end = b + 1 < codeCols.size() ? codeCols.get(b + 1) : g.cols();
            int amt = -1;
            for (int c = cc + 1; c < end; c++) {
                String k = g.key(hr, c);
                if (k.contains("决算") || k.contains("金额") || k.contains("数")) { amt = c; break; }
            }
            if (amt < 0) amt = Math.min(cc + 2, end - 1);
            blocks.add(new int[]{cc, cc + 1, amt});
        }
        String col = "决算数";
        Map<String, String> aliases = new LinkedHashMap<>(Map.of("1", col, "金额", col));
        List<TRow> rows = new ArrayList<>();
        StringBuilder note = new StringBuilder();
        for (int r = hr + 1; r < g.rows(); r++) {
            String first = firstText(g, r);
            if (isNote(first)) { note.append(rowText(g, r)).append('\n'); continue; }
            if (!note.isEmpty() || g.blankRow(r)) continue;
            for (int[] b : blocks) {
                String k = g.key(r, b[0]);
                if (!k.matches("3\\d{2}(\\d{2})?")) continue;
                rows.add(new TRow(rows.size(), k, Labels.key(g.text(r, b[1])), null, null,
                        Map.of(col, in.amount(r, b[2])), a1(r, b[0])));
            }
            // labelled totals: the amount is the first filled amount column to the right of the label
            for (int c = 0; c < g.cols(); c++) {
                String k = g.key(r, c);
                if (!k.endsWith("合计") || (c > 0 && g.key(r, c - 1).equals(k))) continue;
                int amtCol = -1;
                for (int[] b : blocks) {
                    if (b[2] <= c) continue;
                    if (amtCol < 0) amtCol = b[2];
                    if (!g.text(r, b[2]).isEmpty() && !g.key(r, b[2]).equals(k)) { amtCol = b[2]; break; }
                }
                if (amtCol < 0) continue;
                rows.add(new TRow(rows.size(), null, Labels.key(k), null, null, Map.of(col, in.amount(r, amtCol)), a1(r, c)));
            }
        }
        return new Table(id, in.sheet(), rows, List.of(col), aliases, note.toString());
    }

    /** 07: twelve numbered columns (栏次 1–12: 预算数 1–6, 决算数 7–12) and one row of amounts. */
    static Table sanGong(String id, SheetReading in) {
        Grid g = in.grid();
        for (int r = 0; r < g.rows(); r++) {
            int c1 = -1;
            for (int c = 0; c < g.cols(); c++) if (g.key(r, c).equals("1") && g.key(r, c + 1).equals("2") && g.key(r, c + 2).equals("3")) { c1 = c; break; }
            if (c1 < 0) continue;
            int n = 0;
            while (g.key(r, c1 + n).equals(String.valueOf(n + 1))) n++;
            int vr = r + 1;
            while (vr < g.rows() && g.blankRow(vr)) vr++;
            if (vr >= g.rows()) return null;
            List<String> cols = new ArrayList<>();
            Map<String, Val> cells = new LinkedHashMap<>();
            Map<String, String> aliases = new LinkedHashMap<>();
            String[] names = {"合计", "因公出国(境)费", "公务用车购置及运行费小计", "公务用车购置费", "公务用车运行费", "公务接待费"};
            for (int i = 0; i < n; i++) {
                String k = String.valueOf(i + 1);
                cols.add(k);
                cells.put(k, in.amount(vr, c1 + i));
                if (i < 12) aliases.put((i < 6 ? "预算数." : "决算数.") + names[i % 6], k);
            }
            StringBuilder note = new StringBuilder();
            for (int rr = vr + 1; rr < g.rows(); rr++) note.append(rowText(g, rr)).append('\n');
            return new Table(id, in.sheet(), List.of(new TRow(0, null, "三公经费", null, null, cells, a1(vr, c1))), cols, aliases, note.toString());
        }
        return null;
    }

    /** The 栏次 row below a header row: a row holding "栏次" left of the amounts; -1 when the copy has none. */
    static int findLanci(Grid g, int hr, int beforeCol) {
        for (int r = hr; r < Math.min(g.rows(), hr + 4); r++)
            for (int c = 0; c <= beforeCol; c++) if (g.key(r, c).equals("栏次")) return r;
        return -1;
    }

    /** Amount columns between from and end: keyed by their 栏次 number (or numbered from {@code next}), headers as aliases. */
    static int amountColumns(Grid g, int hr, int lanci, int from, int end, List<String> cols, List<Integer> idx,
                             Map<String, String> aliases, int next) {
        int top = Math.max(0, hr - 2);
        for (int c = from; c < end; c++) {
            String key;
            if (lanci >= 0) {
                key = g.key(lanci, c);
                if (!key.matches("\\d{1,2}")) continue;
            } else {
                boolean header = false;
                for (int r = top; r <= hr; r++) header |= !g.key(r, c).isEmpty();
                if (!header) continue;
                key = String.valueOf(next);
            }
            next = Integer.parseInt(key) + 1;
            cols.add(key);
            idx.add(c);
            StringBuilder full = new StringBuilder();
            for (int r = top; r <= hr + 1 && r < (lanci >= 0 ? lanci : hr + 1); r++) {
                String h = g.key(r, c);
                if (h.isEmpty() || h.contains("单位") || h.contains("公开") || h.contains("部门") || full.toString().endsWith(h)) continue;
                full.append(h);
                aliases.putIfAbsent(Labels.key(h), key);
            }
            if (!full.isEmpty()) aliases.put(full.toString(), key);
        }
        return next;
    }

    static String firstText(Grid g, int r) {
        for (int c = 0; c < g.cols(); c++) if (!g.key(r, c).isEmpty()) return g.key(r, c);
        return "";
    }

    static boolean isNote(String first) {
        return first.startsWith("注") || first.startsWith("备注") || first.startsWith("说明") || first.startsWith("因本单位") || first.startsWith("本单位");
    }

    static String rowText(Grid g, int r) {
        StringBuilder b = new StringBuilder();
        String last = null;
        for (int c = 0; c < g.cols(); c++) {
            String t = g.text(r, c);
            if (!t.isEmpty() && !t.equals(last)) b.append(t);
            last = t;
        }
        return b.toString();
    }

    private static String a1(int r, int c) {
        return cn.shangwu.audit.annotate.Annotator.a1(r, c);
    }

    private static String level(String code) {
        return switch (code.length()) {
            case 3 -> "class";
            case 5 -> "kuan";
            default -> "xiang";
        };
    }
}
