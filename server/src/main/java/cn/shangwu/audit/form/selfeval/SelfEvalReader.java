package cn.shangwu.audit.form.selfeval;

import cn.shangwu.audit.read.Amount;
import cn.shangwu.audit.read.BadWorkbookException;
import cn.shangwu.audit.read.Cells;
import cn.shangwu.audit.read.Grid;
import cn.shangwu.audit.read.Numbers;
import cn.shangwu.audit.read.Upload;
import cn.shangwu.audit.verify.Finding;
import org.apache.poi.ss.usermodel.Cell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a self-evaluation sheet by its labels (mapping.json): the funds block, the 一级 weights, the indicator
 * rows down to 总分. Tolerates moved blocks, blank rows, merged cells, split headers and text amounts; what it
 * had to clean up or could not read becomes a finding, never an exception (except a missing block).
 */
public final class SelfEvalReader {
    private static final Pattern WEIGHT = Pattern.compile("\\((\\d+(?:\\.\\d+)?)分\\)");
    private static final Pattern EMBEDDED = Pattern.compile("[:：]\\s*([-+]?[\\d,，.． ]+)\\s*(万元)?$");
    private static final Set<String> DASHES = Set.of("-", "—", "–", "－", "/", "／", "无", "——", "\\");
    private static final String[] FUND_COLS = {"planned", "budget", "executed", "points", "rate", "score"};
    private static final String[] AMOUNT_COLS = {"planned", "budget", "executed"};

    private final Mapping map;
    private final Rules rules;

    public SelfEvalReader(Mapping map, Rules rules) {
        this.map = map;
        this.rules = rules;
    }

    /** How sure we are the upload holds this form: title and labels in one sheet. */
    public int recognize(Upload upload) {
        int best = 0;
        for (Grid g : upload.grids()) best = Math.max(best, score(g));
        return best;
    }

    private int score(Grid g) {
        String head = g.head(Math.min(g.rows(), 80));
        String top = g.head(6);
        for (String no : map.notTitle()) if (top.contains(Grid.squash(no))) return 0;
        int s = 0;
        for (String t : map.title()) if (top.contains(Grid.squash(t))) s += 50;
        for (String l : map.labels()) if (head.contains(Grid.squash(l))) s += 8;
        for (String a : map.funds().anchor()) if (head.contains(Grid.squash(a))) s += 4;
        return s >= 40 ? s : 0;
    }

    /** The sheet of this form: by name, else the best-scoring sheet. */
    public Grid sheet(Upload upload) {
        Grid best = null;
        int bestScore = 0;
        for (Grid g : upload.grids()) {
            int s = score(g) + (g.sheet().getSheetName().equals(map.sheet()) ? 5 : 0);
            if (s > bestScore) { best = g; bestScore = s; }
        }
        if (best == null)
            throw new BadWorkbookException("无法识别的表格", "文件“" + upload.filename() + "”中没有找到“" + map.sheet() + "”（表名或表头不符）");
        return best;
    }

    public SelfEval read(Upload upload, Grid g, List<Finding> out) {
        String sheet = g.sheet().getSheetName();
        int indHeader = find(g, 0, map.indicators().header());
        if (indHeader < 0) throw missing(upload, sheet, "绩效指标表头（一级指标、二级指标、三级指标……）");
        int fundsHeader = fundsHeaderRow(g, indHeader);
        if (fundsHeader < 0) throw missing(upload, sheet, "项目资金表（年初预算数、全年预算数、全年执行数、分值、执行率、得分）");
        Map<String, Integer> fcols = columns(g, fundsHeader, map.funds().columns());
        for (String k : new String[]{"budget", "executed"})
            if (!fcols.containsKey(k)) throw missing(upload, sheet, "项目资金表的“" + map.funds().columns().get(k).get(0) + "”列（第 " + (fundsHeader + 1) + " 行）");
        int goalRow = find(g, fundsHeader + 1, map.goal());
        int fundsEnd = goalRow > fundsHeader ? goalRow : indHeader;
        int firstValueCol = fcols.values().stream().min(Integer::compare).orElse(1);
        SelfEval.Funds funds = funds(upload, g, sheet, fundsHeader, fundsEnd, fcols, firstValueCol, out);
        return indicators(upload, g, sheet, indHeader, funds, out);
    }

    // ---- funds block ----

    private int fundsHeaderRow(Grid g, int before) {
        for (int r = 0; r < before; r++) {
            boolean budget = false, executed = false;
            for (int c = 0; c < g.cols(); c++) {
                if (g.key(r, c).isEmpty()) continue;
                String k = g.key(r, c) + g.key(r + 1, c);
                if (startsAny(g.key(r, c), map.funds().columns().get("budget")) || startsAny(k, map.funds().columns().get("budget"))) budget = true;
                if (startsAny(g.key(r, c), map.funds().columns().get("executed")) || startsAny(k, map.funds().columns().get("executed"))) executed = true;
            }
            if (budget && executed) return r;
        }
        return -1;
    }

    private SelfEval.Funds funds(Upload upload, Grid g, String sheet, int header, int end, Map<String, Integer> cols,
                                 int firstValueCol, List<Finding> out) {
        List<SelfEval.FundsRow> totals = new ArrayList<>();
        List<SelfEval.FundsRow> sources = new ArrayList<>();
        Map<String, List<String>> srcLabels = map.funds().sources();
        for (int r = header + 1; r < end; r++) {
            String label = rowLabel(g, r, firstValueCol);
            if (label.isEmpty()) continue;
            if (startsAny(label, map.funds().total())) totals.add(fundsRow(g, sheet, r, label, cols, FUND_COLS, out));
            else for (var e : srcLabels.entrySet())
                if (startsAny(label, e.getValue())) sources.add(withOwnRate(g, r, cols, fundsRow(g, sheet, r, e.getKey(), cols, AMOUNT_COLS, out)));
        }
        // 年度资金总额 in the header row itself (some copies put it as the label column's heading with values alongside)
        if (totals.isEmpty() && startsAny(rowLabel(g, header, firstValueCol), map.funds().total()))
            totals.add(fundsRow(g, sheet, header, "年度资金总额", cols, FUND_COLS, out));
        if (totals.isEmpty()) throw missing(upload, sheet, "项目资金表的“年度资金总额”行");
        // When a copy repeats 年度资金总额 (first and last), the row that carries 分值/执行率/得分 is the total.
        SelfEval.FundsRow total = totals.get(0);
        int best = -1;
        for (SelfEval.FundsRow t : totals) {
            int filled = (int) t.values().values().stream().filter(Val::present).count()
                    + (t.get("score") != null && t.get("score").present() ? 10 : 0);
            if (filled > best) { best = filled; total = t; }
        }
        List<SelfEval.Breakdown> breakdowns = new ArrayList<>();
        for (Mapping.Breakdown b : map.funds().breakdowns()) breakdowns.add(breakdown(g, sheet, header + 1, end, b, cols, firstValueCol, out));
        return new SelfEval.Funds(total, sources, breakdowns);
    }

    /** The label of a funds row: the texts left of the value columns, without 其中: and the block's own anchor. */
    private String rowLabel(Grid g, int r, int firstValueCol) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < firstValueCol; c++) {
            String k = g.key(r, c);
            if (k.isEmpty() || startsAny(k, map.funds().anchor())) continue;
            b.append(k);
        }
        return stripQizhong(b.toString());
    }

    private static String stripQizhong(String k) {
        return k.startsWith("其中:") ? k.substring(3) : k.startsWith("其中") ? k.substring(2) : k;
    }

    private SelfEval.FundsRow fundsRow(Grid g, String sheet, int r, String label, Map<String, Integer> cols,
                                       String[] keys, List<Finding> out) {
        Map<String, Val> vals = new LinkedHashMap<>();
        for (String k : keys) {
            Integer c = cols.get(k);
            if (c != null) vals.put(k, number(g, sheet, r, c, out));
        }
        return new SelfEval.FundsRow(label, r, vals);
    }

    /** 分值/执行率/得分 some copies repeat on a source row; read quietly (words or dashes there are no error), checked like the total's. */
    private static SelfEval.FundsRow withOwnRate(Grid g, int r, Map<String, Integer> cols, SelfEval.FundsRow row) {
        Map<String, Val> vals = new LinkedHashMap<>(row.values());
        for (String k : new String[]{"points", "rate", "score"}) {
            Integer c = cols.get(k);
            if (c == null || c < 0) continue;
            Amount a = Cells.amount(g.cell(r, c));
            if (!a.isJunk() && a.value() != null) vals.put(k, new Val(a, r, c, Cells.isFormula(g.cell(r, c))));
        }
        return new SelfEval.FundsRow(row.label(), row.row(), vals);
    }

    private SelfEval.Breakdown breakdown(Grid g, String sheet, int from, int to, Mapping.Breakdown b,
                                         Map<String, Integer> cols, int firstValueCol, List<Finding> out) {
        int named = -1;
        for (int r = from; r < to && named < 0; r++)
            for (int c = 0; c < g.cols(); c++) if (g.key(r, c).startsWith(Grid.squash(b.name()))) { named = r; break; }
        int lo = named >= 0 ? named : from, hi = to;
        if (named >= 0)
            for (Mapping.Breakdown other : map.funds().breakdowns())
                if (other != b)
                    for (int r = named + 1; r < hi; r++)
                        for (int c = 0; c < g.cols(); c++)
                            if (g.key(r, c).startsWith(Grid.squash(other.name()))) { hi = r; break; }
        List<SelfEval.FundsRow> parts = new ArrayList<>();
        for (var part : b.parts().entrySet()) {
            found:
            for (int r = lo; r < hi; r++) {
                for (int c = 0; c < g.cols(); c++) {
                    String k = stripQizhong(g.key(r, c));
                    if (!startsAny(k, part.getValue())) continue;
                    Matcher m = EMBEDDED.matcher(g.text(r, c));
                    Map<String, Val> vals = new LinkedHashMap<>();
                    if (m.find()) {
                        // "一般公共预算：3372.72": the executed amount written into the label cell
                        vals.put("executed", new Val(Numbers.parse(m.group(1)), r, c, false));
                    } else if (c < firstValueCol) {
                        for (String key : AMOUNT_COLS) if (cols.containsKey(key)) vals.put(key, number(g, sheet, r, cols.get(key), out));
                    } else {
                        vals.put("executed", number(g, sheet, r, c + 1, out));
                    }
                    parts.add(new SelfEval.FundsRow(part.getKey(), r, vals));
                    break found;
                }
            }
        }
        return new SelfEval.Breakdown(named >= 0 ? b.name() : null, parts);
    }

    // ---- indicators ----

    private SelfEval indicators(Upload upload, Grid g, String sheet, int header, SelfEval.Funds funds, List<Finding> out) {
        Map<String, Integer> cols = columns(g, header, map.indicators().columns());
        for (String k : new String[]{"level1", "level3", "points", "score"})
            if (!cols.containsKey(k)) throw missing(upload, sheet, "绩效指标表的“" + map.indicators().columns().get(k).get(0) + "”列（第 " + (header + 1) + " 行）");
        int first = header + 1;
        if (continuation(g, first, cols)) first++;
        int end = find(g, first, map.indicators().end());
        int stop = end >= 0 ? end : g.rows();
        List<SelfEval.Group> groups = new ArrayList<>();
        Map<String, SelfEval.Group> byName = new LinkedHashMap<>();
        List<SelfEval.Indicator> inds = new ArrayList<>();
        String group = null, level2 = "";
        int lc = cols.get("level1");
        for (int r = first; r < stop; r++) {
            if (g.blankRow(r) || g.key(r, lc).startsWith("一级指标")) continue;
            if (footer(g, r)) { stop = r; break; }
            String l1 = g.key(r, lc);
            if (!l1.isEmpty() && !l1.equals(g.key(r, cols.get("level3")))) {
                Matcher m = WEIGHT.matcher(l1);
                String name = l1.replaceAll("\\(.*$", "");
                SelfEval.Group known = byName.get(name);
                if (known == null || (known.weight() == null && m.find(0))) {
                    BigDecimal w = m.find(0) ? new BigDecimal(m.group(1)) : null;
                    SelfEval.Group gr = new SelfEval.Group(name, w, mergedTop(g, r, lc), lc);
                    if (known != null) groups.remove(known);
                    byName.put(name, gr);
                    groups.add(gr);
                }
                group = name;
            }
            String l2 = text(g, r, cols.get("level2"));
            if (!l2.isEmpty()) level2 = l2;
            Val points = number(g, sheet, r, cols.get("points"), out);
            Val score = number(g, sheet, r, cols.get("score"), out);
            String l3 = text(g, r, cols.get("level3"));
            if (l3.isEmpty() && !points.present() && !score.present()) continue;
            inds.add(new SelfEval.Indicator(r, group, level2, l3, text(g, r, cols.get("target")), text(g, r, cols.get("actual")),
                    points, score, text(g, r, cols.get("reason")), col(cols, "target"), col(cols, "actual"), col(cols, "reason")));
        }
        SelfEval.Total total = total(g, sheet, end, cols, out);
        return new SelfEval(sheet, headerValue(g, "name"), funds, groups, inds, total);
    }

    private SelfEval.Total total(Grid g, String sheet, int end, Map<String, Integer> cols, List<Finding> out) {
        if (end < 0) return null;
        Val points = number(g, sheet, end, cols.get("points"), out);
        Val score = number(g, sheet, end, cols.get("score"), out);
        for (int r = end; r <= end + 1; r++) {
            for (int c = 0; c < g.cols(); c++) {
                String k = g.key(r, c);
                if (!startsAny(k, map.indicators().grade())) continue;
                String rest = k.replaceFirst("^等级[:]?", "");
                if (!rest.isEmpty()) return new SelfEval.Total(points, score, rest, r, c);
                int v = c;
                while (v < g.cols() && g.key(r, v).equals(k)) v++;
                return new SelfEval.Total(points, score, g.key(r, v), r, v);
            }
        }
        return new SelfEval.Total(points, score, null, -1, -1);
    }

    // ---- helpers ----

    /** A numeric cell: dashes count as empty; cleaned-up text gets an INFO; anything else an ERROR. */
    private Val number(Grid g, String sheet, int r, Integer c, List<Finding> out) {
        if (c == null || c < 0) return new Val(Amount.EMPTY, r, -1, false);
        Cell cell = g.cell(r, c);
        Amount a = Cells.amount(cell);
        boolean formula = Cells.isFormula(cell);
        if (a.isJunk() && DASHES.contains(a.raw().strip())) a = Amount.EMPTY;
        if (a.isJunk()) out.add(rules.finding("not-a-number", sheet, cellRef(r, c), a.raw()));
        else if (a.normalised()) out.add(rules.finding("text-number", sheet, cellRef(r, c), null, a.value(), a.raw(), null));
        return new Val(a, r, c, formula);
    }

    private static String cellRef(int r, int c) {
        return cn.shangwu.audit.annotate.Annotator.a1(r, c);
    }

    /** Second header row ("年度 / 指标值" written over two rows): holds no numbers in the 分值 column. */
    private static boolean continuation(Grid g, int r, Map<String, Integer> cols) {
        Integer t = cols.get("target");
        String k = t == null ? "" : g.key(r, t);
        return k.startsWith("指标值") || k.startsWith("完成值") || g.key(r, cols.get("points")).startsWith("分值");
    }

    private boolean footer(Grid g, int r) {
        for (int c = 0; c < Math.min(g.cols(), 4); c++) {
            String k = g.key(r, c);
            if (k.startsWith("填表人") || k.startsWith("备注") || k.startsWith("单位负责人") || k.startsWith("如需增加")) return true;
        }
        return false;
    }

    private static int mergedTop(Grid g, int r, int c) {
        for (var m : g.sheet().getMergedRegions()) if (m.isInRange(r, c)) return m.getFirstRow();
        return r;
    }

    /** A cell as the clerk sees it: 15.2% typed into a percent-formatted cell reads "15.2%", not "0.152". */
    private static String text(Grid g, int r, Integer c) {
        if (c == null) return "";
        Cell cell = g.cell(r, c);
        if (cell != null) {
            Amount a = Cells.amount(cell);
            boolean numeric = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                    || (Cells.isFormula(cell) && cell.getCachedFormulaResultType() == org.apache.poi.ss.usermodel.CellType.NUMERIC);
            if (numeric && a.percent() && a.value() != null)
                return a.value().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        }
        return g.text(r, c);
    }

    private static int col(Map<String, Integer> cols, String k) {
        Integer c = cols.get(k);
        return c == null ? -1 : c;
    }

    /** Header columns by label, also when a label is split over two rows (年度 / 指标值). */
    private static Map<String, Integer> columns(Grid g, int r, Map<String, List<String>> labels) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (var e : labels.entrySet()) {
            for (int c = 0; c < g.cols() && !out.containsKey(e.getKey()); c++) {
                if (out.containsValue(c)) continue;
                String one = g.key(r, c), two = one + g.key(r + 1, c);
                if (startsAny(one, e.getValue()) || (!one.isEmpty() && startsAny(two, e.getValue()))) out.put(e.getKey(), c);
            }
        }
        return out;
    }

    private String headerValue(Grid g, String key) {
        List<String> labels = map.header().get(key);
        if (labels == null) return null;
        for (int r = 0; r < Math.min(g.rows(), 12); r++)
            for (int c = 0; c < g.cols(); c++)
                if (startsAny(g.key(r, c), labels)) {
                    int v = c;
                    while (v < g.cols() && g.key(r, v).equals(g.key(r, c))) v++;
                    String t = g.text(r, v);
                    return t.isEmpty() ? null : t;
                }
        return null;
    }

    private static int find(Grid g, int from, List<String> labels) {
        for (int r = Math.max(0, from); r < g.rows(); r++)
            for (int c = 0; c < g.cols(); c++) if (startsAny(g.key(r, c), labels)) return r;
        return -1;
    }

    static boolean startsAny(String key, List<String> labels) {
        if (key == null || key.isEmpty() || labels == null) return false;
        for (String l : labels) if (key.startsWith(Grid.squash(l))) return true;
        return false;
    }

    private BadWorkbookException missing(Upload upload, String sheet, String what) {
        return new BadWorkbookException("表格结构不完整", "文件“" + upload.filename() + "”工作表“" + sheet + "”中找不到" + what
                + "，请使用官方格式或本系统下载的空白模板");
    }
}
