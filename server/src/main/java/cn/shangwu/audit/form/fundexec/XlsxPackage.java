package cn.shangwu.audit.form.fundexec;

import cn.shangwu.audit.read.BadWorkbookException;
import cn.shangwu.audit.read.Numbers;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * An .xlsx read part by part with SAX, never as a whole workbook: memory stays bounded by the shared strings,
 * whatever the number of rows. The bytes go to a temporary file so the zip is read with random access.
 */
final class XlsxPackage implements Closeable {
    /** A worksheet: its name in the workbook and its part inside the zip. */
    record SheetPart(String name, String part) {}

    private static final long MAX_SHARED_CHARS = 60_000_000L;

    private final String filename;
    private final Path tmp;
    private final ZipFile zip;
    private final String workbookPart;
    private final List<SheetPart> sheets;
    private List<String> shared;
    private StylesTable styles;
    private final Map<Integer, String> formats = new HashMap<>();

    private XlsxPackage(String filename, byte[] bytes) throws IOException {
        this.filename = filename;
        this.tmp = Files.createTempFile("f5-", ".xlsx");
        try {
            Files.write(tmp, bytes);
            this.zip = new ZipFile(tmp.toFile());
            this.workbookPart = officeDocument();
            this.sheets = readSheets();
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    static XlsxPackage open(String filename, byte[] bytes) {
        try {
            return new XlsxPackage(filename, bytes);
        } catch (BadWorkbookException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw bad(filename, "工作簿结构损坏（" + e.getClass().getSimpleName() + "）");
        }
    }

    List<SheetPart> sheets() { return sheets; }
    String workbookPart() { return workbookPart; }
    ZipFile zip() { return zip; }

    /** Streams one worksheet's rows to the visitor, which may stop early. */
    void visit(SheetPart sheet, SheetVisitor visitor) {
        ZipEntry e = zip.getEntry(sheet.part());
        if (e == null) throw bad(filename, "缺少工作表“" + sheet.name() + "”的内容（" + sheet.part() + "）");
        List<String> sst = sharedStrings();
        try (InputStream in = zip.getInputStream(e)) {
            parse(in, new SheetHandler(sst, this::format, visitor));
        } catch (StopReading stop) {
            // the visitor has seen enough
        } catch (Abnormal ex) {
            throw new BadWorkbookException("工作表异常", "文件“" + filename + "”的工作表“" + sheet.name() + "”：" + ex.getMessage()
                    + "，疑似异常文件，拒绝处理");
        } catch (IOException | SAXException | RuntimeException ex) {
            if (ex instanceof BadWorkbookException b) throw b;
            throw bad(filename, "工作表“" + sheet.name() + "”无法读取（" + shortReason(ex) + "）");
        }
    }

    /** The number format of a cell style index. */
    private String format(int styleIndex) {
        return formats.computeIfAbsent(styleIndex, i -> {
            try {
                StylesTable st = styles();
                if (st == null || i < 0 || i >= st.getNumCellStyles()) return "General";
                String f = st.getStyleAt(i).getDataFormatString();
                return f == null ? "General" : f;
            } catch (RuntimeException ex) {
                return "General";
            }
        });
    }

    private StylesTable styles() {
        if (styles == null) {
            String part = relatedPart(workbookPart, "/styles");
            if (part == null || zip.getEntry(part) == null) return null;
            try (InputStream in = zip.getInputStream(zip.getEntry(part))) {
                styles = new StylesTable(in);
            } catch (IOException | RuntimeException ex) {
                return null;
            }
        }
        return styles;
    }

    private List<String> sharedStrings() {
        if (shared != null) return shared;
        shared = new ArrayList<>();
        String part = relatedPart(workbookPart, "/sharedStrings");
        if (part == null || zip.getEntry(part) == null) return shared;
        try (InputStream in = zip.getInputStream(zip.getEntry(part))) {
            parse(in, new DefaultHandler() {
                final StringBuilder text = new StringBuilder();
                boolean inT, inPhonetic;
                long total;

                @Override
                public void startElement(String uri, String local, String q, Attributes a) {
                    switch (local) {
                        case "si" -> text.setLength(0);
                        case "t" -> inT = !inPhonetic;
                        case "rPh" -> inPhonetic = true;
                        default -> { }
                    }
                }

                @Override
                public void endElement(String uri, String local, String q) {
                    switch (local) {
                        case "si" -> {
                            total += text.length();
                            if (total > MAX_SHARED_CHARS) throw bad(filename, "共享字符串超过 6000 万字，疑似异常文件");
                            shared.add(text.toString());
                        }
                        case "t" -> inT = false;
                        case "rPh" -> inPhonetic = false;
                        default -> { }
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    if (inT) text.append(ch, start, length);
                }
            });
        } catch (IOException | SAXException e) {
            throw bad(filename, "共享字符串表无法读取（" + shortReason(e) + "）");
        }
        return shared;
    }

    private String officeDocument() throws IOException {
        String target = relatedPart("", "/officeDocument");
        return target != null ? target : "xl/workbook.xml";
    }

    private List<SheetPart> readSheets() throws IOException {
        ZipEntry wb = zip.getEntry(workbookPart);
        if (wb == null) throw bad(filename, "缺少 workbook.xml，不是有效的 .xlsx 工作簿");
        Map<String, String> rels = relationships(workbookPart);
        List<SheetPart> out = new ArrayList<>();
        try (InputStream in = zip.getInputStream(wb)) {
            parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String q, Attributes a) {
                    if (!local.equals("sheet")) return;
                    String id = null;
                    for (int i = 0; i < a.getLength(); i++) if (a.getLocalName(i).equals("id")) id = a.getValue(i);
                    String target = id == null ? null : rels.get(id);
                    if (target != null) out.add(new SheetPart(a.getValue("name"), target));
                }
            });
        } catch (SAXException e) {
            throw bad(filename, "workbook.xml 无法解析（" + shortReason(e) + "）");
        }
        return List.copyOf(out);
    }

    /** The part a relationship of the given type (suffix) points to from {@code source}, or null. */
    String relatedPart(String source, String typeSuffix) {
        try {
            for (var e : relationshipsWithType(source).entrySet())
                if (e.getValue()[0].endsWith(typeSuffix)) return e.getValue()[1];
        } catch (IOException ex) {
            return null;
        }
        return null;
    }

    /** Relationship id → resolved part name, for parts of type worksheet etc. */
    Map<String, String> relationships(String source) throws IOException {
        Map<String, String> m = new HashMap<>();
        relationshipsWithType(source).forEach((id, v) -> m.put(id, v[1]));
        return m;
    }

    /** Relationship id → {type, resolved target}. */
    Map<String, String[]> relationshipsWithType(String source) throws IOException {
        String relsPart = relsPartOf(source);
        Map<String, String[]> m = new HashMap<>();
        ZipEntry e = zip.getEntry(relsPart);
        if (e == null) return m;
        String dir = source.contains("/") ? source.substring(0, source.lastIndexOf('/') + 1) : "";
        try (InputStream in = zip.getInputStream(e)) {
            parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String q, Attributes a) {
                    if (!local.equals("Relationship") || "External".equals(a.getValue("TargetMode"))) return;
                    String t = a.getValue("Target");
                    if (t == null || a.getValue("Id") == null) return;
                    m.put(a.getValue("Id"), new String[]{String.valueOf(a.getValue("Type")), resolve(dir, t)});
                }
            });
        } catch (SAXException ex) {
            throw bad(filename, relsPart + " 无法解析");
        }
        return m;
    }

    static String relsPartOf(String source) {
        int slash = source.lastIndexOf('/');
        return slash < 0 ? (source.isEmpty() ? "_rels/.rels" : "_rels/" + source + ".rels")
                : source.substring(0, slash + 1) + "_rels/" + source.substring(slash + 1) + ".rels";
    }

    static String resolve(String dir, String target) {
        String path = target.startsWith("/") ? target.substring(1) : dir + target;
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.equals("..")) {
                if (!parts.isEmpty()) parts.remove(parts.size() - 1);
            } else if (!p.isEmpty() && !p.equals(".")) parts.add(p);
        }
        return String.join("/", parts);
    }

    static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
        try {
            XMLReader r = XMLHelper.newXMLReader();
            r.setContentHandler(handler);
            r.parse(new InputSource(in));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static BadWorkbookException bad(String filename, String what) {
        return new BadWorkbookException("无法读取工作簿", "文件“" + filename + "”：" + what + "，请用 Excel 或 WPS 另存为 .xlsx 后重新上传");
    }

    private static String shortReason(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.length() > 100 ? m.substring(0, 100) + "…" : m;
    }

    @Override
    public void close() {
        try {
            if (zip != null) zip.close();
        } catch (IOException ignored) {
            // the temporary copy goes anyway
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A sheet no spreadsheet program could have written (a crafted file): stop reading at once. */
    static final class Abnormal extends RuntimeException {
        Abnormal(String what) {
            super(what, null, false, false);
        }
    }

    /** Thrown by the sheet handler when the visitor says stop. */
    static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }

    /** SAX handler for one worksheet: rows of cells with their values, formula flags and formats. */
    private static final class SheetHandler extends DefaultHandler {
        private static final int MAX_COLS = 200;
        private static final int MAX_ROWS = 1_048_576;
        private static final int MAX_CELLS_PER_ROW = 16_384;
        private int cellsInRow;
        private final List<String> sst;
        private final java.util.function.IntFunction<String> format;
        private final SheetVisitor visitor;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private List<RawCell> cells = new ArrayList<>();
        private int row = -1, col = -1, style;
        private String type;
        private boolean inValue, inInline, hasFormula, inInlineString;

        SheetHandler(List<String> sst, java.util.function.IntFunction<String> format, SheetVisitor visitor) {
            this.sst = sst;
            this.format = format;
            this.visitor = visitor;
        }

        @Override
        public void startElement(String uri, String local, String q, Attributes a) {
            switch (local) {
                case "row" -> {
                    String r = a.getValue("r");
                    row = r != null ? parseInt(r, row + 2) - 1 : row + 1;
                    if (row >= MAX_ROWS) throw new Abnormal("第 " + (row + 1) + " 行超出 Excel 的行数上限 1048576");
                    col = -1;
                    cellsInRow = 0;
                    cells = new ArrayList<>();
                }
                case "c" -> {
                    if (++cellsInRow > MAX_CELLS_PER_ROW)
                        throw new Abnormal("第 " + (row + 1) + " 行的单元格超过 Excel 的列数上限 16384");
                    String ref = a.getValue("r");
                    col = ref != null ? column(ref) : col + 1;
                    type = a.getValue("t");
                    String s = a.getValue("s");
                    style = s == null ? 0 : parseInt(s, 0);
                    value.setLength(0);
                    inline.setLength(0);
                    hasFormula = false;
                }
                case "v" -> inValue = true;
                case "f" -> hasFormula = true;
                case "is" -> inInlineString = true;
                case "t" -> inInline = inInlineString;
                case "rPh" -> inInlineString = false;
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String local, String q) {
            switch (local) {
                case "v" -> inValue = false;
                case "t" -> inInline = false;
                case "is" -> inInlineString = false;
                case "c" -> {
                    // Bounded per row whatever the file claims: a hostile row may repeat one cell millions of times.
                    if (col >= 0 && col < MAX_COLS && cells.size() < MAX_COLS) {
                        RawCell c = cell();
                        if (c != null) cells.add(c);
                    }
                }
                case "row" -> {
                    if (row >= 0 && !cells.isEmpty() && !visitor.row(row, cells)) throw new StopReading();
                }
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue && value.length() < 32_768) value.append(ch, start, length);
            else if (inInline && inline.length() < 32_768) inline.append(ch, start, length);
        }

        private RawCell cell() {
            String v = value.toString();
            String fmt = format.apply(style);
            if (type == null || type.equals("n")) {
                if (v.isBlank()) return hasFormula ? new RawCell(col, null, "", true, fmt) : null;
                try {
                    BigDecimal d = RawCell.number(Double.parseDouble(v.strip()));
                    return new RawCell(col, d, "", hasFormula, fmt);
                } catch (NumberFormatException e) {
                    return new RawCell(col, null, v, hasFormula, fmt);
                }
            }
            String text = switch (type) {
                case "s" -> {
                    int i = parseInt(v.strip(), -1);
                    yield i >= 0 && i < sst.size() ? sst.get(i) : "";
                }
                case "inlineStr" -> inline.toString();
                case "b" -> "1".equals(v.strip()) ? "TRUE" : "FALSE";
                default -> v; // str (formula text), e (error)
            };
            return new RawCell(col, null, text, hasFormula, fmt);
        }

        private static int parseInt(String s, int dflt) {
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                return dflt;
            }
        }

        static int column(String ref) {
            return XlsxPackageColumn.of(ref);
        }
    }
}
