package cn.shangwu.audit.consolidate;

import cn.shangwu.audit.read.Amount;
import cn.shangwu.audit.read.Grid;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellRangeAddress;

import java.math.BigDecimal;
import java.util.*;
import java.util.regex.Pattern;

/**
 * One 公开0N表 sheet read generically, by its labels: the header rows, then side-by-side blocks, each keyed by a
 * 科目编码 column (02, 03, 05, 06, 08, 09), a 行次 column (01, 04) or, without either, by the order of its data rows (07).
 * Nothing depends on fixed positions: inserted rows, blank rows, merged headers and numbers typed as text are fine.
 */
final class F4Layout {
    enum Kind { CODE, LINE, ORDINAL }

    private static final Pattern CODE = Pattern.compile("\\d{3,9}");
    private static final Pattern INT = Pattern.compile("\\d{1,3}");

    /** A vertical block: its key column, optional name column and amount columns (absolute indexes in this sheet). */
    record Block(Kind kind, int keyCol, int nameCol, List<Integer> amountCols, List<String> columnIds, List<String> columnLabels) {}

    /** One keyed data line of a block; {@code top} for text keys above the codes (合计 of 02), else below (人员经费合计 of 06). */
    record Line(int block, String key, String name, BigDecimal[] values, boolean top) {}

    final int width;
    final String[][] header;              // header rows as the clerk typed them (inner cells of merges blank)
    final List<CellRangeAddress> merges;  // merges within the header, rows relative to its first row
    final int[] widths;                   // column widths in characters
    final List<Block> blocks;
    final List<Line> lines;

    /** Keeps no reference to the workbook: layouts of immutable originals can be cached. */
    private F4Layout(Grid g, int headerFrom, int headerTo, List<Block> blocks, List<Line> lines) {
        this.width = g.cols();
        this.header = new String[headerTo - headerFrom][width];
        this.merges = new ArrayList<>();
        for (CellRangeAddress m : g.sheet().getMergedRegions())
            if (m.getFirstRow() >= headerFrom && m.getLastRow() < headerTo && m.getNumberOfCells() > 1)
                merges.add(new CellRangeAddress(m.getFirstRow() - headerFrom, m.getLastRow() - headerFrom, m.getFirstColumn(), m.getLastColumn()));
        for (int r = headerFrom; r < headerTo; r++)
            for (int c = 0; c < width; c++) header[r - headerFrom][c] = raw(g, r, c);
        this.widths = new int[width];
        for (int c = 0; c < width; c++) widths[c] = g.sheet().getColumnWidth(c) / 256;
        this.blocks = List.copyOf(blocks);
        this.lines = List.copyOf(lines);
    }

    /** A layout as stored with its submission (see {@link StoredTables}). */
    F4Layout(int width, String[][] header, List<CellRangeAddress> merges, int[] widths, List<Block> blocks, List<Line> lines) {
        this.width = width;
        this.header = header;
        this.merges = merges;
        this.widths = widths;
        this.blocks = List.copyOf(blocks);
        this.lines = List.copyOf(lines);
    }

    private String raw(Grid g, int r, int c) {
        Cell cell = g.cell(r, c);
        if (cell == null) return "";
        for (CellRangeAddress m : g.sheet().getMergedRegions())
            if (m.isInRange(r, c) && (m.getFirstRow() != r || m.getFirstColumn() != c)) return "";
        return g.text(r, c);
    }

    /** Reads a sheet; null when no header could be found (then the table counts as missing for that unit). */
    static F4Layout read(Grid g) {
        int keyRow = -1;
        List<Integer> codeCols = new ArrayList<>(), lineCols = new ArrayList<>();
        for (int r = 0; r < Math.min(g.rows(), 30) && keyRow < 0; r++) {
            for (int c = 0; c < g.cols(); c++) {
                String k = g.key(r, c);
                if ((k.endsWith("编码") || k.endsWith("科目代码")) && (c == 0 || !g.key(r, c - 1).equals(k))) codeCols.add(c);
                else if (k.equals("行次") && (c == 0 || !g.key(r, c - 1).equals(k))) lineCols.add(c);
            }
            if (!codeCols.isEmpty() || !lineCols.isEmpty()) keyRow = r;
        }
        Kind kind;
        if (!codeCols.isEmpty()) kind = Kind.CODE;
        else if (!lineCols.isEmpty()) kind = Kind.LINE;
        else {
            kind = Kind.ORDINAL;
            for (int r = 0; r < Math.min(g.rows(), 30) && keyRow < 0; r++)
                for (int c = 0; c < g.cols(); c++) if (g.key(r, c).equals("合计")) { keyRow = r; break; }
            if (keyRow < 0) return null;
        }
        int from = Math.max(0, keyRow - 1);
        if (isCaption(g, from)) from = keyRow;
        // Header ends at the first row that carries a key (or, for ORDINAL, a real data row).
        int to = keyRow + 1;
        List<Block> blocks = blocks(g, kind, codeCols, lineCols);
        while (to < g.rows() && !isData(g, kind, blocks, to)) to++;
        List<Block> named = new ArrayList<>();
        for (Block b : blocks) named.add(withIds(g, b, from, to));
        List<Line> lines = new ArrayList<>();
        int ordinal = 0;
        boolean[] seenCode = new boolean[named.size()];
        for (int r = to; r < g.rows(); r++) {
            if (kind == Kind.ORDINAL) {
                if (!isData(g, kind, named, r)) continue;
                lines.add(new Line(0, String.valueOf(++ordinal), "", values(g, r, named.get(0)), false));
                continue;
            }
            for (int b = 0; b < named.size(); b++) {
                Block bl = named.get(b);
                String key = key(g, kind, bl, r);
                if (key == null) continue;
                boolean code = kind == Kind.LINE || CODE.matcher(key).matches();
                if (code) seenCode[b] = true;
                String name = bl.nameCol() < 0 ? "" : g.text(r, bl.nameCol());
                if (!code && name.equals(g.text(r, bl.keyCol()))) name = "";
                lines.add(new Line(b, key, name, values(g, r, bl), !code && !seenCode[b]));
            }
        }
        return new F4Layout(g, from, to, named, lines);
    }

    private static boolean isCaption(Grid g, int r) {
        for (int c = 0; c < g.cols(); c++) {
            String k = g.key(r, c);
            if (k.startsWith("部门") || k.startsWith("单位") || k.startsWith("编制单位") || k.startsWith("公开")) return true;
        }
        return g.blankRow(r);
    }

    private static List<Block> blocks(Grid g, Kind kind, List<Integer> codeCols, List<Integer> lineCols) {
        List<Block> out = new ArrayList<>();
        if (kind == Kind.CODE) {
            for (int i = 0; i < codeCols.size(); i++) {
                int start = codeCols.get(i), end = i + 1 < codeCols.size() ? codeCols.get(i + 1) : g.cols();
                int name = start + 1 < end ? start + 1 : -1;
                out.add(new Block(kind, start, name, range(name < 0 ? start + 1 : name + 1, end), List.of(), List.of()));
            }
        } else if (kind == Kind.LINE) {
            for (int i = 0; i < lineCols.size(); i++) {
                int line = lineCols.get(i), end = i + 1 < lineCols.size() ? lineCols.get(i + 1) - 1 : g.cols();
                out.add(new Block(kind, line, line - 1, range(line + 1, end), List.of(), List.of()));
            }
        } else {
            out.add(new Block(kind, -1, -1, range(0, g.cols()), List.of(), List.of()));
        }
        return out;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> l = new ArrayList<>();
        for (int c = from; c < to; c++) l.add(c);
        return l;
    }

    /** Column identity: its header texts top to bottom (numbers, 栏次 and captions left out) plus its occurrence. */
    private static Block withIds(Grid g, Block b, int from, int to) {
        List<String> ids = new ArrayList<>(), labels = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int c : b.amountCols()) {
            StringBuilder id = new StringBuilder();
            String label = "";
            for (int r = from; r < to; r++) {
                String k = g.key(r, c);
                if (k.isEmpty() || INT.matcher(k).matches() || k.startsWith("栏次") || k.equals("项目")) continue;
                if (!id.isEmpty() && id.toString().endsWith(k)) continue;
                id.append(k).append('|');
                label = k;
            }
            String s = id.toString();
            int n = seen.merge(s, 1, Integer::sum);
            ids.add(s + "#" + n);
            labels.add(label.isEmpty() ? "第" + (c + 1) + "列" : label);
        }
        return new Block(b.kind(), b.keyCol(), b.nameCol(), b.amountCols(), ids, labels);
    }

    private static boolean isData(Grid g, Kind kind, List<Block> blocks, int r) {
        if (kind != Kind.ORDINAL) {
            for (Block b : blocks) if (key(g, kind, b, r) != null) return true;
            return false;
        }
        // A data line of 07: has amounts and is not the 栏次 numbering 1, 2, 3…
        int n = 0, expect = 1;
        boolean sequence = true, any = false;
        for (int c = 0; c < g.cols(); c++) {
            String k = g.key(r, c);
            if (k.isEmpty()) continue;
            if (k.startsWith("注") || k.startsWith("备注")) return false;
            Amount a = g.amount(r, c);
            if (a.value() == null) { if (!k.equals("-")) return false; continue; }
            any = true;
            n++;
            if (!k.equals(String.valueOf(expect++))) sequence = false;
        }
        return any && !(sequence && n > 1);
    }

    /** The key of a row in a block: a code, a 行次, or a 合计/总计 label; null for other rows. */
    private static String key(Grid g, Kind kind, Block b, int r) {
        String k = g.key(r, b.keyCol());
        if (kind == Kind.LINE) {
            return INT.matcher(k).matches() ? k : null;
        }
        if (CODE.matcher(k).matches()) return k;
        if (!k.isEmpty() && (k.endsWith("合计") || k.equals("总计"))) return k;
        return null;
    }

    private static BigDecimal[] values(Grid g, int r, Block b) {
        BigDecimal[] v = new BigDecimal[b.amountCols().size()];
        for (int i = 0; i < v.length; i++) {
            int c = b.amountCols().get(i);
            Amount a = g.amount(r, c);
            if (a.value() != null) v[i] = a.value();
            else if (g.key(r, c).equals("-")) v[i] = BigDecimal.ZERO;
        }
        return v;
    }
}
