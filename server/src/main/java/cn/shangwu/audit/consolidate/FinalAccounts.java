package cn.shangwu.audit.consolidate;

import cn.shangwu.audit.read.BadWorkbookException;
import cn.shangwu.audit.read.Grid;
import cn.shangwu.audit.read.Upload;
import cn.shangwu.audit.template.CheckOptions;
import cn.shangwu.audit.template.Checked;
import cn.shangwu.audit.template.Forms;
import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Report;
import cn.shangwu.audit.verify.Severity;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.*;
import java.util.function.IntFunction;

/**
 * 决算汇总: the nine 公开表 summed cell by cell over the units' accepted filings (tables read once, see {@link StoredTables}). Rows are
 * matched by 科目编码 (union of codes, in code order), by 行次 (01, 04) or by line order (07); columns by their header
 * texts. A unit whose workbook lacks a table is listed for that table, never counted as zero.
 */
final class FinalAccounts {
    /** The nine tables: number, sheet name and title. */
    record Def(int no, String sheet, String title) {}

    static final List<Def> TABLES = List.of(
            new Def(1, "公开01表", "收入支出决算总表"),
            new Def(2, "公开02表", "收入决算表"),
            new Def(3, "公开03表", "支出决算表"),
            new Def(4, "公开04表", "财政拨款收入支出决算总表"),
            new Def(5, "公开05表", "一般公共预算财政拨款支出决算表"),
            new Def(6, "公开06表", "一般公共预算财政拨款基本支出决算表"),
            new Def(7, "公开07表", "一般公共预算财政拨款“三公”经费支出决算表"),
            new Def(8, "公开08表", "政府性基金预算财政拨款收入支出决算表"),
            new Def(9, "公开09表", "国有资本经营预算财政拨款支出决算表"));

    /** The sum of one table: the layout of the first unit that filed it, and per block the summed lines by key. */
    static final class Table {
        final Def def;
        F4Layout layout;
        final List<Map<String, BigDecimal[]>> sums = new ArrayList<>();
        final List<Map<String, String>> names = new ArrayList<>();
        final List<Set<String>> topKeys = new ArrayList<>();
        final List<String> units = new ArrayList<>();
        final List<String> missing = new ArrayList<>();
        final List<String> unmatched = new ArrayList<>();

        Table(Def def) {
            this.def = def;
        }

        void add(String unit, F4Layout l) {
            if (layout == null) {
                layout = l;
                for (int b = 0; b < l.blocks.size(); b++) {
                    sums.add(new HashMap<>());
                    names.add(new HashMap<>());
                    topKeys.add(new HashSet<>());
                }
            }
            units.add(unit);
            for (F4Layout.Line line : l.lines) {
                int b = Math.min(line.block(), layout.blocks.size() - 1);
                F4Layout.Block mine = layout.blocks.get(b), theirs = l.blocks.get(line.block());
                BigDecimal[] acc = sums.get(b).computeIfAbsent(line.key(), k -> new BigDecimal[mine.amountCols().size()]);
                if (!line.name().isEmpty()) names.get(b).putIfAbsent(line.key(), line.name());
                if (line.top()) topKeys.get(b).add(line.key());
                for (int i = 0; i < line.values().length; i++) {
                    BigDecimal v = line.values()[i];
                    if (v == null) continue;
                    int at = mine.columnIds().indexOf(theirs.columnIds().get(i));
                    if (at < 0) at = i < acc.length && theirs.amountCols().size() == acc.length ? i : -1;
                    if (at < 0) {
                        String note = unit + " " + theirs.columnLabels().get(i);
                        if (!unmatched.contains(note)) unmatched.add(note);
                        continue;
                    }
                    acc[at] = acc[at] == null ? v : acc[at].add(v);
                }
            }
        }

        /** Keys of a block in output order: top labels (合计), codes/行次 in order, then bottom labels (人员经费合计…). */
        List<String> keys(int block) {
            List<String> top = new ArrayList<>(), mid = new ArrayList<>(), bottom = new ArrayList<>();
            for (String k : sums.get(block).keySet()) {
                if (topKeys.get(block).contains(k)) top.add(k);
                else if (Character.isDigit(k.charAt(0))) mid.add(k);
                else bottom.add(k);
            }
            Comparator<String> order = layout.blocks.get(block).kind() == F4Layout.Kind.CODE ? Comparator.naturalOrder()
                    : Comparator.comparingInt(Integer::parseInt);
            mid.sort(order);
            Collections.sort(top);
            Collections.sort(bottom);
            List<String> all = new ArrayList<>(top);
            all.addAll(mid);
            all.addAll(bottom);
            return all;
        }
    }

    private final List<Table> tables;

    private FinalAccounts(List<Table> tables) {
        this.tables = tables;
    }

    List<Table> tables() {
        return tables;
    }

    /**
     * Sums the tables of the used filings; {@code read} gives each used filing's tables in selection (tree) order, so the
     * result is deterministic however they were obtained (stored JSON, memory, or the original workbook).
     */
    static FinalAccounts sum(Selection sel, List<Map<Integer, F4Layout>> read) {
        List<Selection.Used> used = sel.used();
        List<Table> tables = new ArrayList<>();
        for (Def d : TABLES) tables.add(new Table(d));
        for (int i = 0; i < used.size(); i++) {
            String unit = used.get(i).unit().name();
            for (Table t : tables) {
                F4Layout l = read.get(i).get(t.def.no());
                if (l == null) t.missing.add(unit);
                else t.add(unit, l);
            }
        }
        return new FinalAccounts(tables);
    }

    /** The tables of an original workbook, opened here (filings stored before their tables were kept with them). */
    static Map<Integer, F4Layout> layouts(byte[] bytes) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            return layouts(wb, i -> new Grid(wb.getSheetAt(i)), i -> new Grid(wb.getSheetAt(i), 8, 20));
        } catch (IOException | RuntimeException e) {
            // An unreadable original leaves every table missing for that unit: listed, not summed as zero.
            return Map.of();
        }
    }

    /** The tables of an upload, from the grids its form already built (call before the workbook is annotated). */
    static Map<Integer, F4Layout> layouts(Upload upload) {
        List<Grid> grids = upload.grids();
        return layouts(upload.workbook(), grids::get, grids::get);
    }

    /**
     * {@code grid} gives a sheet's full grid, {@code head} a grid covering at least its first 8 rows and 20 columns (only
     * those are searched for a title): the same tables whether the grids are built here or shared with the form's check.
     */
    private static Map<Integer, F4Layout> layouts(Workbook wb, IntFunction<Grid> grid, IntFunction<Grid> head) {
        Map<Integer, F4Layout> out = new HashMap<>();
        for (Def d : TABLES) {
            int s = find(wb, d, head);
            if (s >= 0) {
                F4Layout l = F4Layout.read(grid.apply(s));
                if (l != null) out.put(d.no(), l);
            }
        }
        return Map.copyOf(out);
    }

    /** The sheet of a table: by sheet name (公开02表), else by the 公开02表 mark or the exact title in its first rows; -1 if none. */
    private static int find(Workbook wb, Def d, IntFunction<Grid> head) {
        String mark = "公开" + String.format("%02d", d.no()) + "表";
        for (int i = 0; i < wb.getNumberOfSheets(); i++)
            if (Grid.squash(wb.getSheetName(i)).contains(mark)) return i;
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            Grid g = head.apply(i);
            for (int r = 0; r < Math.min(g.rows(), 8); r++)
                for (int c = 0; c < Math.min(g.cols(), 20); c++) {
                    String k = g.key(r, c);
                    if (k.contains(mark) || k.equals(Grid.squash(d.title()))) return i;
                }
        }
        return -1;
    }

    /** Verifies the summed workbook with the registry's rules; empty when no form recognises it (F4 not installed). */
    static Optional<Report> verify(Forms forms, byte[] workbook) {
        try {
            Checked c = forms.check(new Upload("决算汇总.xlsx", workbook), CheckOptions.DEFAULT);
            return Consolidator.FINAL_ACCOUNTS.equals(c.report().template()) ? Optional.of(c.report()) : Optional.empty();
        } catch (BadWorkbookException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(new Report(Consolidator.FINAL_ACCOUNTS, "", null, List.of(Finding.of("CONS.verify", Severity.INFO, null, null,
                    "汇总表复核未能完成：" + e.getClass().getSimpleName())), Map.of()));
        }
    }

    List<Rows.Table> overview(Report check) {
        List<Rows.Table> out = new ArrayList<>();
        for (Table t : tables) {
            String result;
            if (check == null) result = "未复核（尚无部门决算审核规则）";
            else {
                long e = check.findings().stream().filter(f -> t.def.sheet().equals(f.sheet()) && f.severity() == Severity.ERROR).count();
                long w = check.findings().stream().filter(f -> t.def.sheet().equals(f.sheet()) && f.severity() == Severity.WARNING).count();
                result = e + w == 0 ? "复核通过" : "错误 " + e + " 项，提示 " + w + " 项（见问题清单）";
            }
            if (!t.unmatched.isEmpty()) result += "；未能对应的列：" + String.join("、", t.unmatched);
            out.add(new Rows.Table(t.def.sheet(), t.def.title(), t.units.size(), t.missing.size(), String.join("、", t.missing), result));
        }
        return out;
    }

    Map<String, Object> summary() {
        List<Object> list = new ArrayList<>();
        for (Table t : tables) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sheet", t.def.sheet());
            m.put("title", t.def.title());
            m.put("units", t.units);
            m.put("missing", t.missing);
            List<Object> blocks = new ArrayList<>();
            if (t.layout != null) {
                for (int b = 0; b < t.layout.blocks.size(); b++) {
                    List<Object> lines = new ArrayList<>();
                    for (String k : t.keys(b)) {
                        Map<String, Object> line = new LinkedHashMap<>();
                        line.put("key", k);
                        line.put("name", t.names.get(b).getOrDefault(k, ""));
                        line.put("values", Arrays.asList(t.sums.get(b).get(k)));
                        lines.add(line);
                    }
                    blocks.add(Map.of("columns", t.layout.blocks.get(b).columnLabels(), "lines", lines));
                }
            }
            m.put("blocks", blocks);
            list.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tables", list);
        return out;
    }
}
