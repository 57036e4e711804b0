package cn.shangwu.audit.form.fundexec;

import cn.shangwu.audit.annotate.Annotator;
import cn.shangwu.audit.read.Amount;
import cn.shangwu.audit.read.BadWorkbookException;
import cn.shangwu.audit.read.Grid;
import cn.shangwu.audit.read.Numbers;
import cn.shangwu.audit.read.Upload;

import java.io.Closeable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The sheet of an upload that holds the 专项资金预算执行明细表: found by streaming the first rows of each sheet,
 * then read row by row without ever holding the whole sheet. Works for .xlsx (SAX) and .xls (HSSF).
 */
final class FundSheet implements Closeable {
    private static final java.util.regex.Pattern CHINESE_SECTION =
            java.util.regex.Pattern.compile("^[(（]?[一二三四五六七八九十]+[)）]?[、.．]?$");
    private static final Set<String> DASHES = Set.of("-", "—", "－", "--", "——", "–", "/", "／", "\\");

    private final Upload upload;
    private final XlsxPackage pkg;
    private final String sheetName;
    private final XlsxPackage.SheetPart part;
    private final Header header;
    private final String title;

    private FundSheet(Upload upload, XlsxPackage pkg, String sheetName, XlsxPackage.SheetPart part, Header header, String title) {
        this.upload = upload;
        this.pkg = pkg;
        this.sheetName = sheetName;
        this.part = part;
        this.header = header;
        this.title = title;
        this.percentColumn = header.label(Field.RATE).contains("%") || header.label(Field.RATE).contains("％");
    }

    private final boolean percentColumn;

    /** 万元 unless the title or the amount labels say 元 (“单位：元”, “预算金额(元)”). */
    String amountUnit() {
        String labels = header.label(Field.BUDGET) + header.label(Field.PAID);
        if (title.contains("万元") || labels.contains("万元")) return "万元";
        if (title.contains("单位:元") || labels.contains("(元)")) return "元";
        return "万元";
    }

    String sheetName() { return sheetName; }
    Header header() { return header; }
    String title() { return title; }
    XlsxPackage xlsx() { return pkg; }
    XlsxPackage.SheetPart part() { return part; }

    /** The first sheet with an F5 header, or null when the upload has none (the caller closes what it gets). */
    static FundSheet locate(Upload upload) {
        if (upload.kind() == Upload.Kind.XLS) {
            for (String name : XlsSheets.names(upload)) {
                TreeMap<Integer, List<RawCell>> head = new TreeMap<>();
                XlsSheets.visit(upload, name, firstRows(head));
                Header h = Header.find(head);
                if (h != null) return new FundSheet(upload, null, name, null, h, title(head, h));
            }
            return null;
        }
        XlsxPackage pkg = XlsxPackage.open(upload.filename(), upload.bytes());
        try {
            for (XlsxPackage.SheetPart sp : pkg.sheets()) {
                TreeMap<Integer, List<RawCell>> head = new TreeMap<>();
                try {
                    pkg.visit(sp, firstRows(head));
                } catch (BadWorkbookException e) {
                    // A sheet that goes wrong below its header is still ours: reading it says what is wrong.
                    if (Header.find(head) == null) throw e;
                }
                Header h = Header.find(head);
                if (h != null) return new FundSheet(upload, pkg, sp.name(), sp, h, title(head, h));
            }
        } catch (RuntimeException e) {
            pkg.close();
            throw e;
        }
        pkg.close();
        return null;
    }

    /** Like {@link #locate} but a missing table is a clear 4xx. */
    static FundSheet require(Upload upload) {
        FundSheet s = locate(upload);
        if (s == null)
            throw new BadWorkbookException("未找到专项资金预算执行明细表",
                    "文件“" + upload.filename() + "”中没有找到含“预算金额”“支付金额”及“县市区/单位”或“项目名称”列标题的表头");
        return s;
    }

    private static SheetVisitor firstRows(TreeMap<Integer, List<RawCell>> into) {
        return (row, cells) -> {
            if (row >= Header.SCAN_ROWS) return false;
            into.put(row, List.copyOf(cells));
            return true;
        };
    }

    /** Text above the header (the form's title), squashed. */
    private static String title(TreeMap<Integer, List<RawCell>> head, Header h) {
        StringBuilder b = new StringBuilder();
        head.headMap(h.firstRow()).values().forEach(cells -> cells.forEach(c -> b.append(Grid.squash(c.display())).append('|')));
        return b.toString();
    }

    /** Streams every table row below the header (detail, 小计, 合计), skipping blanks, headings and repeated headers. */
    void rows(Consumer<ParsedRow> sink) {
        String[] unitAbove = {""};
        SheetVisitor v = (row, cells) -> {
            if (row <= header.lastRow()) return true;
            ParsedRow p = parse(row, cells);
            if (p == null) return true;
            FundRow r = p.row();
            if (r.kind() != FundRow.Kind.DETAIL) unitAbove[0] = "";
            else if (!r.unit().isBlank()) unitAbove[0] = r.unit();
            else if (!unitAbove[0].isEmpty()) {
                // Clerks merge the 县市区 cell down over a unit's rows: only the first row holds the name.
                p = new ParsedRow(new FundRow(r.rowNumber(), r.serial(), unitAbove[0], r.docNo(), r.project(), r.budget(), r.note(),
                        r.paid(), r.rate(), r.kind()), p.budget(), p.paid(), p.rate(), p.noteCell(), p.labelCell());
            }
            sink.accept(p);
            return true;
        };
        if (pkg != null) pkg.visit(part, v);
        else XlsSheets.visit(upload, sheetName, v);
    }

    private ParsedRow parse(int row, List<RawCell> cells) {
        RawCell[] byField = new RawCell[Field.values().length];
        for (RawCell c : cells)
            for (Field f : Field.values()) if (header.col(f) == c.col()) byField[f.ordinal()] = c;
        String serial = text(byField, Field.SERIAL), unit = text(byField, Field.UNIT), doc = text(byField, Field.DOC_NO),
                project = text(byField, Field.PROJECT), note = text(byField, Field.NOTE);
        if (repeatsHeader(cells)) return null;
        FundRow.Kind kind = kind(serial, unit, doc, project, cells);
        Value budget = amount(row, Field.BUDGET, byField);
        Value paid = amount(row, Field.PAID, byField);
        Value rate = rate(row, byField);
        boolean anyNumber = budget.status() != Value.Status.EMPTY || paid.status() != Value.Status.EMPTY
                || rate.status() != Value.Status.EMPTY;
        // Headings (一、长沙市), footers (填表人：…) and column-number rows carry no amounts and no 文号.
        if (!anyNumber && doc.isEmpty() && kind == FundRow.Kind.DETAIL) return null;
        // “一、长沙市” without amounts is a heading, not a 小计.
        if (!anyNumber && kind == FundRow.Kind.SUBTOTAL) return null;
        if (kind == FundRow.Kind.DETAIL && (serial.equals("栏次") || serial.equals("甲"))) return null;
        FundRow fr = new FundRow(row + 1, serial, unit, doc, project, budget.number(), note, paid.number(), rate.number(), kind);
        int labelCol = firstPresent(header.col(Field.SERIAL), header.col(Field.UNIT), header.col(Field.PROJECT), header.col(Field.DOC_NO));
        String noteCell = header.has(Field.NOTE) ? Annotator.a1(row, header.col(Field.NOTE)) : null;
        return new ParsedRow(fr, budget, paid, rate, noteCell, labelCol < 0 ? null : Annotator.a1(row, labelCol));
    }

    private static int firstPresent(int... cols) {
        for (int c : cols) if (c >= 0) return c;
        return -1;
    }

    private boolean repeatsHeader(List<RawCell> cells) {
        int hits = 0;
        for (RawCell c : cells) {
            if (c.number() != null) continue;
            String k = Grid.squash(c.text());
            for (Field f : Field.values())
                if (header.col(f) == c.col() && k.contains(Grid.squash(f.label))) hits++;
        }
        return hits >= 3;
    }

    private FundRow.Kind kind(String serial, String unit, String doc, String project, List<RawCell> cells) {
        int budgetCol = header.col(Field.BUDGET);
        List<String> labels = new ArrayList<>(List.of(serial, unit, doc, project));
        // 合计 may also stand in a column we do not map (a leading column left of the table).
        for (RawCell c : cells) if (c.col() < budgetCol && c.number() == null) labels.add(c.text());
        // “一、长沙市” or “（二）” with amounts: a group row that sums the rows under it.
        boolean sub = CHINESE_SECTION.matcher(Grid.squash(serial)).matches();
        for (String s : labels) {
            String k = Grid.squash(s);
            if (k.isEmpty()) continue;
            if (k.contains("小计")) sub = true;
            else if ((k.startsWith("合计") || k.startsWith("总计") || k.equals("总合计")) && k.length() <= 8) return FundRow.Kind.TOTAL;
        }
        return sub ? FundRow.Kind.SUBTOTAL : FundRow.Kind.DETAIL;
    }

    private static String text(RawCell[] byField, Field f) {
        RawCell c = byField[f.ordinal()];
        return c == null ? "" : c.display();
    }

    private Value amount(int row, Field f, RawCell[] byField) {
        String ref = header.has(f) ? Annotator.a1(row, header.col(f)) : null;
        RawCell c = byField[f.ordinal()];
        if (c == null || c.isBlank()) return new Value(null, Value.Status.EMPTY, "", 2, c != null && c.formula(), ref);
        if (c.number() != null) return new Value(c.number(), Value.Status.NUMBER, c.display(), 2, c.formula(), ref);
        String t = c.text().strip();
        if (DASHES.contains(t)) return new Value(BigDecimal.ZERO, Value.Status.DASH, t, 2, c.formula(), ref);
        Amount a = Numbers.parse(t);
        if (a.value() == null || a.percent()) return new Value(null, Value.Status.JUNK, t, 2, c.formula(), ref);
        return new Value(a.value(), Value.Status.NORMALISED, t, Math.max(2, a.decimals()), c.formula(), ref);
    }

    private Value rate(int row, RawCell[] byField) {
        String ref = header.has(Field.RATE) ? Annotator.a1(row, header.col(Field.RATE)) : null;
        RawCell c = byField[Field.RATE.ordinal()];
        if (c == null || c.isBlank()) return new Value(null, Value.Status.EMPTY, "", 4, c != null && c.formula(), ref);
        if (c.number() != null && percentColumn && percentDecimals(c.format()) < 0) {
            // Under a “支付比率(%)” label a plain 59.23 is the percentage itself.
            BigDecimal v = c.number().movePointLeft(2);
            int dec = Math.min(10, Math.max(0, c.number().stripTrailingZeros().scale()) + 2);
            return new Value(v, Value.Status.NUMBER, c.display(), dec, c.formula(), ref, true);
        }
        if (c.number() != null) {
            int pct = percentDecimals(c.format());
            // A fraction in a General cell: as precise as typed, but at least whole percents.
            int dec = pct >= 0 ? pct + 2 : Math.min(10, Math.max(2, c.number().stripTrailingZeros().scale()));
            return new Value(c.number(), Value.Status.NUMBER, c.display(), dec, c.formula(), ref, pct >= 0);
        }
        String t = c.text().strip();
        if (DASHES.contains(t)) return new Value(BigDecimal.ZERO, Value.Status.DASH, t, 4, c.formula(), ref);
        Amount a = Numbers.parse(t);
        if (a.value() == null) return new Value(null, Value.Status.JUNK, t, 4, c.formula(), ref);
        // "59.23%" as text is the percentage; a bare "0.5923" the fraction.
        return new Value(a.value(), Value.Status.NORMALISED, t, a.decimals(), c.formula(), ref, a.percent());
    }

    /** Decimals of percent a format shows ("0.00%" → 2), or -1 when it is not a percent format. */
    static int percentDecimals(String format) {
        if (format == null) return -1;
        Integer known = PERCENT_DECIMALS.get(format);
        if (known != null) return known;
        int n = percentDecimalsOf(format);
        if (PERCENT_DECIMALS.size() < 10_000) PERCENT_DECIMALS.put(format, n);
        return n;
    }

    private static final java.util.Map<String, Integer> PERCENT_DECIMALS = new java.util.concurrent.ConcurrentHashMap<>();

    private static int percentDecimalsOf(String format) {
        String f = format.split(";", -1)[0].replaceAll("\"[^\"]*\"", "").replaceAll("\\\\.", "");
        if (!f.contains("%")) return -1;
        int dot = f.indexOf('.');
        if (dot < 0) return 0;
        int n = 0;
        for (int i = dot + 1; i < f.length() && (f.charAt(i) == '0' || f.charAt(i) == '#'); i++) n++;
        return n;
    }

    @Override
    public void close() {
        if (pkg != null) pkg.close();
    }
}
