package cn.shangwu.audit.form.fundexec;

import cn.shangwu.audit.annotate.Annotator;
import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Report;
import cn.shangwu.audit.verify.Severity;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.extensions.XSSFCellFill;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTFill;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTFont;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTXf;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STPatternType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The annotated copy of a large .xlsx without loading it: the zip is copied part by part; the F5 sheet's XML is
 * streamed through StAX, marked cells get a red/amber copy of their style; comments (with their VML shapes) and a
 * 审核结果 sheet are added as new parts. Values, formulas, other sheets and print settings stay as uploaded.
 */
final class XlsxAnnotator {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String REL_COMMENTS = REL_NS + "/comments";
    private static final String REL_VML = REL_NS + "/vmlDrawing";
    private static final String REL_SHEET = REL_NS + "/worksheet";
    private static final String REL_STYLES = REL_NS + "/styles";
    private static final String AUTHOR = "审核系统";
    /** Elements that come after legacyDrawing in a worksheet (CT_Worksheet sequence). */
    private static final Set<String> AFTER_LEGACY = Set.of("legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls",
            "webPublishItems", "tableParts", "extLst");

    private final XlsxPackage pkg;
    private final XlsxPackage.SheetPart sheet;
    private final Report report;
    private final ZipFile zip;

    private final Map<Integer, TreeMap<Integer, Severity>> marks = new HashMap<>();
    private final TreeMap<Long, List<Finding>> comments = new TreeMap<>();
    private final Map<String, Integer> newStyles = new HashMap<>();
    private StylesTable styles;
    private String stylesPart;
    private boolean stylesIsNew;
    private int boldXf, linkXf;

    private XlsxAnnotator(XlsxPackage pkg, XlsxPackage.SheetPart sheet, Report report) {
        this.pkg = pkg;
        this.sheet = sheet;
        this.report = report;
        this.zip = pkg.zip();
    }

    /** The annotated workbook's bytes. */
    static byte[] annotate(XlsxPackage pkg, XlsxPackage.SheetPart sheet, Report report) {
        try {
            return new XlsxAnnotator(pkg, sheet, report).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException | javax.xml.transform.TransformerException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("annotating failed: " + e.getMessage(), e);
        }
    }

    private byte[] run() throws IOException, XMLStreamException, javax.xml.transform.TransformerException, org.xml.sax.SAXException {
        for (Finding f : report.findings()) {
            if (!sheet.name().equals(f.sheet()) || f.cell() == null) continue;
            CellReference ref = new CellReference(f.cell());
            long key = ((long) ref.getRow() << 16) | ref.getCol();
            comments.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            if (f.severity() != Severity.INFO)
                marks.computeIfAbsent(ref.getRow(), k -> new TreeMap<>()).merge((int) ref.getCol(), f.severity(),
                        (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        loadStyles();

        String wbPart = pkg.workbookPart();
        String wbDir = dir(wbPart);
        Map<String, String[]> sheetRels = pkg.relationshipsWithType(sheet.part());
        String commentsPart = null, vmlPart = null, vmlRelId = null;
        for (var e : sheetRels.entrySet()) {
            if (e.getValue()[0].equals(REL_COMMENTS)) commentsPart = e.getValue()[1];
            if (e.getValue()[0].equals(REL_VML)) {
                vmlPart = e.getValue()[1];
                vmlRelId = e.getKey();
            }
        }
        List<String[]> addSheetRels = new ArrayList<>();
        List<String[]> overrides = new ArrayList<>(); // part, content type
        boolean wantComments = !comments.isEmpty();
        Map<Long, String> keptComments = wantComments && commentsPart != null ? existingComments(commentsPart) : Map.of();
        boolean newComments = wantComments && commentsPart == null;
        if (wantComments && commentsPart == null) {
            commentsPart = fresh(wbDir + "comments", ".xml");
            addSheetRels.add(new String[]{"rIdF5Comments", REL_COMMENTS, relative(dir(sheet.part()), commentsPart)});
            overrides.add(new String[]{commentsPart, "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"});
        }
        if (wantComments && vmlPart == null) {
            vmlPart = fresh(wbDir + "drawings/vmlDrawing", ".vml");
            vmlRelId = "rIdF5Vml";
            addSheetRels.add(new String[]{vmlRelId, REL_VML, relative(dir(sheet.part()), vmlPart)});
        }
        // The 审核结果 sheet: overwrite the one a previous annotation left, else add a new part.
        String resultPart = null;
        for (XlsxPackage.SheetPart sp : pkg.sheets()) if (sp.name().equals(Annotator.RESULT_SHEET)) resultPart = sp.part();
        boolean newResult = resultPart == null;
        if (newResult) {
            resultPart = fresh(wbDir + "worksheets/sheet", ".xml");
            overrides.add(new String[]{resultPart, "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"});
        }
        if (stylesIsNew) overrides.add(new String[]{stylesPart, "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"});

        // A clean sheet is copied byte for byte; only a sheet with marks or comments goes through StAX.
        boolean touchSheet = !marks.isEmpty() || wantComments;
        Set<String> replaced = new HashSet<>(List.of("[Content_Types].xml", stylesPart, resultPart));
        if (touchSheet) replaced.add(sheet.part());
        if (wantComments) {
            replaced.add(commentsPart);
            replaced.add(vmlPart);
        }
        if (!addSheetRels.isEmpty()) replaced.add(XlsxPackage.relsPartOf(sheet.part()));
        if (newResult || stylesIsNew) {
            replaced.add(wbPart);
            replaced.add(XlsxPackage.relsPartOf(wbPart));
        }

        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(1 << 16, (int) Math.min(Integer.MAX_VALUE / 2, tmpSize())));
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(java.util.zip.Deflater.BEST_SPEED);
            put(out, "[Content_Types].xml", contentTypes(overrides, wantComments));
            Enumeration<? extends ZipEntry> en = zip.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                if (replaced.contains(e.getName()) || e.isDirectory()) continue;
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream in = zip.getInputStream(e)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            if (touchSheet) {
                out.putNextEntry(new ZipEntry(sheet.part()));
                rewriteSheet(out, wantComments ? vmlRelId : null);
                out.closeEntry();
            }
            if (wantComments) {
                put(out, commentsPart, commentsXml(keptComments));
                put(out, vmlPart, vmlXml(keptComments.keySet()));
            }
            if (!addSheetRels.isEmpty()) put(out, XlsxPackage.relsPartOf(sheet.part()), addRelationships(XlsxPackage.relsPartOf(sheet.part()), addSheetRels));
            put(out, resultPart, resultSheetXml());
            out.putNextEntry(new ZipEntry(stylesPart));
            styles.writeTo(new NonClosing(out));
            out.closeEntry();
            if (newResult || stylesIsNew) {
                List<String[]> wbRels = new ArrayList<>();
                if (newResult) wbRels.add(new String[]{"rIdF5Result", REL_SHEET, relative(wbDir, resultPart)});
                if (stylesIsNew) wbRels.add(new String[]{"rIdF5Styles", REL_STYLES, relative(wbDir, stylesPart)});
                put(out, XlsxPackage.relsPartOf(wbPart), addRelationships(XlsxPackage.relsPartOf(wbPart), wbRels));
                put(out, wbPart, newResult ? workbookWithResultSheet(wbPart) : read(wbPart));
            }
        }
        return bytes.toByteArray();
    }

    private long tmpSize() {
        long n = 0;
        Enumeration<? extends ZipEntry> en = zip.entries();
        while (en.hasMoreElements()) n += Math.max(0, en.nextElement().getCompressedSize());
        return n + 65536;
    }

    // ---- styles ------------------------------------------------------------------------------------------

    private void loadStyles() throws IOException {
        stylesPart = pkg.relatedPart(pkg.workbookPart(), "/styles");
        if (stylesPart != null && zip.getEntry(stylesPart) != null) {
            try (InputStream in = zip.getInputStream(zip.getEntry(stylesPart))) {
                styles = new StylesTable(in);
            }
        } else {
            styles = new StylesTable();
            stylesPart = fresh(dir(pkg.workbookPart()) + "styles", ".xml");
            stylesIsNew = true;
        }
        boldXf = fontXf(true, false);
        linkXf = fontXf(false, true);
    }

    private int fontXf(boolean bold, boolean link) {
        CTFont base = styles.getFonts().isEmpty() ? CTFont.Factory.newInstance() : (CTFont) styles.getFontAt(0).getCTFont().copy();
        XSSFFont f = new XSSFFont(base);
        if (bold) f.setBold(true);
        if (link) {
            f.setUnderline(org.apache.poi.ss.usermodel.Font.U_SINGLE);
            f.setColor(org.apache.poi.ss.usermodel.IndexedColors.BLUE.getIndex());
        }
        int fontId = styles.putFont(f, true);
        CTXf xf = CTXf.Factory.newInstance();
        xf.setNumFmtId(0);
        xf.setFontId(fontId);
        xf.setFillId(0);
        xf.setBorderId(0);
        xf.setXfId(0);
        xf.setApplyFont(true);
        return styles.putCellXf(xf) - 1;
    }

    /** The red/amber twin of a cell style, created once per (style, severity). */
    private int marked(int style, Severity sev) {
        return newStyles.computeIfAbsent(style + ":" + sev, k -> {
            CTXf xf = style >= 0 && style < styles.getNumCellStyles()
                    ? (CTXf) styles.getCellXfAt(style).copy() : CTXf.Factory.newInstance();
            CTFill fill = CTFill.Factory.newInstance();
            var pattern = fill.addNewPatternFill();
            pattern.setPatternType(STPatternType.SOLID);
            pattern.addNewFgColor().setRgb(sev == Severity.ERROR ? new byte[]{(byte) 0xFF, (byte) 0xFF, (byte) 0xC7, (byte) 0xCE}
                    : new byte[]{(byte) 0xFF, (byte) 0xFF, (byte) 0xEB, (byte) 0x9C});
            pattern.addNewBgColor().setIndexed(64);
            int fillId = styles.putFill(new XSSFCellFill(fill, null));
            xf.setFillId(fillId);
            xf.setApplyFill(true);
            return styles.putCellXf(xf) - 1;
        });
    }

    // ---- the sheet ---------------------------------------------------------------------------------------

    /** The sheet XML copied through the StAX cursor API (no event objects): only marked cells and legacyDrawing change. */
    private void rewriteSheet(OutputStream out, String vmlRelId) throws IOException, XMLStreamException {
        try (InputStream in = zip.getInputStream(zip.getEntry(sheet.part()))) {
            XMLStreamReader r = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
            // Buffered: the writer emits tiny pieces, and each write straight into the zip is a deflate call.
            java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(new NonClosing(out), 1 << 16);
            XMLStreamWriter w = XMLHelper.newXMLOutputFactory().createXMLStreamWriter(buffered, "UTF-8");
            int depth = 0;
            int row = -1, lastCol = -1;
            TreeMap<Integer, Severity> rowMarks = null;
            String prefix = "";
            boolean legacyDone = vmlRelId == null;
            w.writeStartDocument("UTF-8", "1.0");
            while (r.hasNext()) {
                switch (r.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        String local = r.getLocalName();
                        depth++;
                        if (depth == 1) prefix = nz(r.getPrefix());
                        if (depth == 2 && !legacyDone && AFTER_LEGACY.contains(local)) {
                            legacy(w, prefix, vmlRelId);
                            legacyDone = true;
                        }
                        String setS = null, setR = null, setRid = null;
                        if (depth == 2 && local.equals("legacyDrawing") && !legacyDone) {
                            // Keep the element, pointing at the drawing that now holds every comment.
                            setRid = vmlRelId;
                            legacyDone = true;
                        } else if (depth == 3 && local.equals("row")) {
                            String a = r.getAttributeValue(null, "r");
                            row = a != null ? parse(a, row + 2) - 1 : row + 1;
                            lastCol = -1;
                            rowMarks = marks.get(row);
                            if (rowMarks != null) rowMarks = new TreeMap<>(rowMarks);
                        } else if (depth == 4 && local.equals("c")) {
                            String a = r.getAttributeValue(null, "r");
                            int col = a != null ? XlsxPackageColumn.of(a) : lastCol + 1;
                            lastCol = col;
                            if (rowMarks != null && !rowMarks.isEmpty()) {
                                // Marked cells that the file does not contain are created empty, in column order.
                                while (!rowMarks.isEmpty() && rowMarks.firstKey() < col) {
                                    var m = rowMarks.pollFirstEntry();
                                    emptyCell(w, prefix, row, m.getKey(), marked(0, m.getValue()));
                                }
                                Severity sev = rowMarks.remove(col);
                                if (sev != null) {
                                    String s0 = r.getAttributeValue(null, "s");
                                    setS = String.valueOf(marked(s0 == null ? 0 : parse(s0, 0), sev));
                                    if (a == null) setR = Annotator.a1(row, col);
                                }
                            }
                        }
                        copyStart(r, w, setS, setR, setRid);
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        String local = r.getLocalName();
                        if (depth == 3 && local.equals("row") && rowMarks != null) {
                            for (var m : rowMarks.entrySet()) emptyCell(w, prefix, row, m.getKey(), marked(0, m.getValue()));
                            rowMarks = null;
                        }
                        if (depth == 1 && !legacyDone) {
                            legacy(w, prefix, vmlRelId);
                            legacyDone = true;
                        }
                        depth--;
                        w.writeEndElement();
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE ->
                            w.writeCharacters(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    case XMLStreamConstants.CDATA -> w.writeCData(r.getText());
                    case XMLStreamConstants.COMMENT -> w.writeComment(r.getText());
                    case XMLStreamConstants.PROCESSING_INSTRUCTION -> w.writeProcessingInstruction(r.getPITarget(), nz(r.getPIData()));
                    default -> { }
                }
            }
            w.writeEndDocument();
            w.flush();
            w.close();
            buffered.flush();
            r.close();
        }
    }

    /** Copies the reader's start tag with its namespace declarations and attributes, overriding s, r or r:id. */
    private static void copyStart(XMLStreamReader r, XMLStreamWriter w, String setS, String setR, String setRid) throws XMLStreamException {
        w.writeStartElement(nz(r.getPrefix()), r.getLocalName(), nz(r.getNamespaceURI()));
        for (int i = 0; i < r.getNamespaceCount(); i++) {
            String p = r.getNamespacePrefix(i);
            if (p == null || p.isEmpty()) w.writeDefaultNamespace(r.getNamespaceURI(i));
            else w.writeNamespace(p, r.getNamespaceURI(i));
        }
        boolean sDone = false, rDone = false, ridDone = false;
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ns = nz(r.getAttributeNamespace(i)), local = r.getAttributeLocalName(i), value = r.getAttributeValue(i);
            if (ns.isEmpty() && local.equals("s") && setS != null) {
                value = setS;
                sDone = true;
            } else if (ns.isEmpty() && local.equals("r") && setR != null) {
                value = setR;
                rDone = true;
            } else if (ns.equals(REL_NS) && local.equals("id") && setRid != null) {
                value = setRid;
                ridDone = true;
            }
            if (ns.isEmpty()) w.writeAttribute(local, value);
            else w.writeAttribute(nz(r.getAttributePrefix(i)), ns, local, value);
        }
        if (setR != null && !rDone) w.writeAttribute("r", setR);
        if (setS != null && !sDone) w.writeAttribute("s", setS);
        if (setRid != null && !ridDone) {
            w.writeNamespace("r", REL_NS);
            w.writeAttribute("r", REL_NS, "id", setRid);
        }
    }

    private static void emptyCell(XMLStreamWriter w, String prefix, int row, int col, int style) throws XMLStreamException {
        w.writeStartElement(prefix, "c", MAIN);
        w.writeAttribute("r", Annotator.a1(row, col));
        w.writeAttribute("s", String.valueOf(style));
        w.writeEndElement();
    }

    private static void legacy(XMLStreamWriter w, String prefix, String relId) throws XMLStreamException {
        w.writeStartElement(prefix, "legacyDrawing", MAIN);
        w.writeNamespace("r", REL_NS);
        w.writeAttribute("r", REL_NS, "id", relId);
        w.writeEndElement();
    }

    // ---- comments ----------------------------------------------------------------------------------------

    /** Comments the sheet already has, by cell, except ours from an earlier annotation (they are stale now). */
    private Map<Long, String> existingComments(String part) throws IOException, org.xml.sax.SAXException {
        Map<Long, String> out = new TreeMap<>();
        Document d = dom(part);
        if (d == null) return out;
        List<String> authors = new ArrayList<>();
        NodeList an = d.getElementsByTagNameNS(MAIN, "author");
        for (int i = 0; i < an.getLength(); i++) authors.add(an.item(i).getTextContent());
        NodeList cs = d.getElementsByTagNameNS(MAIN, "comment");
        for (int i = 0; i < cs.getLength(); i++) {
            Element c = (Element) cs.item(i);
            int author = parse(c.getAttribute("authorId"), -1);
            if (author >= 0 && author < authors.size() && AUTHOR.equals(authors.get(author))) continue;
            StringBuilder text = new StringBuilder();
            NodeList ts = c.getElementsByTagNameNS(MAIN, "t");
            for (int j = 0; j < ts.getLength(); j++) {
                Node p = ts.item(j).getParentNode();
                if (p != null && "rPh".equals(p.getLocalName())) continue;
                text.append(ts.item(j).getTextContent());
            }
            try {
                CellReference ref = new CellReference(c.getAttribute("ref"));
                out.put(((long) ref.getRow() << 16) | ref.getCol(), text.toString());
            } catch (RuntimeException e) {
                // a comment without a usable reference is dropped
            }
        }
        return out;
    }

    private byte[] commentsXml(Map<Long, String> kept) {
        TreeSet<Long> keys = new TreeSet<>(kept.keySet());
        keys.addAll(comments.keySet());
        StringBuilder b = new StringBuilder(256 + keys.size() * 160);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<comments xmlns=\"").append(MAIN)
                .append("\"><authors><author>").append(AUTHOR).append("</author><author>作者</author></authors><commentList>");
        for (long k : keys) {
            String prior = kept.get(k);
            List<Finding> ours = comments.get(k);
            int author = ours == null ? 1 : 0;
            StringBuilder text = new StringBuilder();
            if (prior != null) text.append(prior);
            if (ours != null) for (Finding f : ours) {
                if (!text.isEmpty()) text.append('\n');
                text.append('【').append(f.severity().label()).append('】').append(f.message());
                if (f.expected() != null) text.append("（应为 ").append(Annotator.plain(f.expected())).append('）');
                text.append(" [").append(f.rule()).append(']');
            }
            b.append("<comment ref=\"").append(Annotator.a1((int) (k >> 16), (int) (k & 0xffff))).append("\" authorId=\"").append(author)
                    .append("\"><text><r><t xml:space=\"preserve\">").append(esc(text.toString())).append("</t></r></text></comment>");
        }
        b.append("</commentList></comments>");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] vmlXml(Set<Long> kept) {
        TreeSet<Long> keys = new TreeSet<>(kept);
        keys.addAll(comments.keySet());
        int firstBlock = 8;
        int blocks = keys.size() / 1024 + 1;
        StringJoiner idmap = new StringJoiner(",");
        for (int i = 0; i < blocks; i++) idmap.add(String.valueOf(firstBlock + i));
        StringBuilder b = new StringBuilder(512 + keys.size() * 700);
        b.append("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" ")
                .append("xmlns:x=\"urn:schemas-microsoft-com:office:excel\">\n")
                .append("<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"").append(idmap).append("\"/></o:shapelayout>\n")
                .append("<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">")
                .append("<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>\n");
        int id = firstBlock * 1024 + 1;
        for (long k : keys) {
            int row = (int) (k >> 16), col = (int) (k & 0xffff);
            b.append("<v:shape id=\"_x0000_s").append(id++).append("\" type=\"#_x0000_t202\" ")
                    .append("style=\"position:absolute;margin-left:80pt;margin-top:2pt;width:220pt;height:80pt;z-index:1;visibility:hidden\" ")
                    .append("fillcolor=\"#ffffe1\" o:insetmode=\"auto\"><v:fill color2=\"#ffffe1\"/>")
                    .append("<v:shadow on=\"t\" color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/>")
                    .append("<v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox>")
                    .append("<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>")
                    .append(col + 1).append(", 15, ").append(row).append(", 2, ").append(col + 5).append(", 15, ").append(row + 5)
                    .append(", 2</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>").append(row).append("</x:Row><x:Column>")
                    .append(col).append("</x:Column></x:ClientData></v:shape>\n");
        }
        b.append("</xml>");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ---- the 审核结果 sheet ------------------------------------------------------------------------------

    private byte[] resultSheetXml() {
        StringBuilder b = new StringBuilder(4096 + report.findings().size() * 300);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"").append(MAIN)
                .append("\" xmlns:r=\"").append(REL_NS).append("\">")
                .append("<cols><col min=\"1\" max=\"1\" width=\"8\" customWidth=\"1\"/><col min=\"3\" max=\"3\" width=\"20\" customWidth=\"1\"/>")
                .append("<col min=\"5\" max=\"5\" width=\"22\" customWidth=\"1\"/><col min=\"6\" max=\"6\" width=\"70\" customWidth=\"1\"/></cols><sheetData>");
        int r = 0;
        row(b, r++, boldXf, "审核结果");
        row(b, r++, -1, "表格", report.template() + " " + report.templateVersion());
        row(b, r++, -1, "错误", String.valueOf(report.count(Severity.ERROR)), "提示", String.valueOf(report.count(Severity.WARNING)),
                "信息", String.valueOf(report.count(Severity.INFO)));
        r++;
        row(b, r++, boldXf, "序号", "级别", "工作表", "单元格", "规则", "说明", "应为", "填报", "容差");
        StringBuilder links = new StringBuilder();
        int n = 1;
        for (Finding f : report.findings()) {
            if (r >= 1_048_575) break;
            boolean link = f.sheet() != null && f.cell() != null && pkg.sheets().stream().anyMatch(s -> s.name().equals(f.sheet()));
            b.append("<row r=\"").append(r + 1).append("\">");
            String[] v = {String.valueOf(n++), f.severity().label(), nz(f.sheet()), nz(f.cell()), f.rule(), f.message(),
                    Annotator.plain(f.expected()), Annotator.plain(f.actual()), Annotator.plain(f.tolerance())};
            for (int c = 0; c < v.length; c++) cell(b, r, c, c == 3 && link ? linkXf : -1, v[c]);
            b.append("</row>");
            if (link) links.append("<hyperlink ref=\"").append(Annotator.a1(r, 3)).append("\" location=\"")
                    .append(esc("'" + f.sheet().replace("'", "''") + "'!" + f.cell())).append("\" display=\"").append(esc(f.cell())).append("\"/>");
            r++;
        }
        if (report.findings().isEmpty()) row(b, r, -1, "未发现问题");
        b.append("</sheetData>");
        if (!links.isEmpty()) b.append("<hyperlinks>").append(links).append("</hyperlinks>");
        b.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder b, int r, int style, String... values) {
        b.append("<row r=\"").append(r + 1).append("\">");
        for (int c = 0; c < values.length; c++) cell(b, r, c, style, values[c]);
        b.append("</row>");
    }

    private static void cell(StringBuilder b, int r, int c, int style, String v) {
        if (v == null || v.isEmpty()) return;
        b.append("<c r=\"").append(Annotator.a1(r, c)).append('"');
        if (style >= 0) b.append(" s=\"").append(style).append('"');
        b.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(esc(v)).append("</t></is></c>");
    }

    // ---- package plumbing ----------------------------------------------------------------------------------

    private byte[] contentTypes(List<String[]> overrides, boolean vml) throws IOException, javax.xml.transform.TransformerException, org.xml.sax.SAXException {
        Document d = dom("[Content_Types].xml");
        if (d == null) throw new IOException("no [Content_Types].xml");
        Element root = d.getDocumentElement();
        if (vml) {
            boolean has = false;
            NodeList defs = root.getElementsByTagNameNS(CT_NS, "Default");
            for (int i = 0; i < defs.getLength(); i++) has |= "vml".equalsIgnoreCase(((Element) defs.item(i)).getAttribute("Extension"));
            if (!has) {
                Element e = d.createElementNS(CT_NS, "Default");
                e.setAttribute("Extension", "vml");
                e.setAttribute("ContentType", "application/vnd.openxmlformats-officedocument.vmlDrawing");
                root.insertBefore(e, root.getFirstChild());
            }
        }
        for (String[] o : overrides) {
            Element e = d.createElementNS(CT_NS, "Override");
            e.setAttribute("PartName", "/" + o[0]);
            e.setAttribute("ContentType", o[1]);
            root.appendChild(e);
        }
        return serialize(d);
    }

    private byte[] addRelationships(String relsPart, List<String[]> rels) throws IOException, javax.xml.transform.TransformerException, org.xml.sax.SAXException {
        Document d = dom(relsPart);
        if (d == null) {
            d = XMLHelper.newDocumentBuilder().newDocument();
            d.appendChild(d.createElementNS(PKG_REL_NS, "Relationships"));
        }
        Element root = d.getDocumentElement();
        Set<String> ids = new HashSet<>();
        NodeList existing = root.getElementsByTagNameNS(PKG_REL_NS, "Relationship");
        for (int i = 0; i < existing.getLength(); i++) ids.add(((Element) existing.item(i)).getAttribute("Id"));
        for (String[] r : rels) {
            String id = r[0];
            while (ids.contains(id)) id = id + "x";
            ids.add(id);
            if (!id.equals(r[0])) throw new IOException("relationship id taken: " + r[0]);
            Element e = d.createElementNS(PKG_REL_NS, "Relationship");
            e.setAttribute("Id", id);
            e.setAttribute("Type", r[1]);
            e.setAttribute("Target", r[2]);
            root.appendChild(e);
        }
        return serialize(d);
    }

    private byte[] workbookWithResultSheet(String wbPart) throws IOException, javax.xml.transform.TransformerException, org.xml.sax.SAXException {
        Document d = dom(wbPart);
        Element sheets = (Element) d.getElementsByTagNameNS(MAIN, "sheets").item(0);
        int maxId = 0;
        NodeList ss = sheets.getElementsByTagNameNS(MAIN, "sheet");
        for (int i = 0; i < ss.getLength(); i++) maxId = Math.max(maxId, parse(((Element) ss.item(i)).getAttribute("sheetId"), 0));
        Element s = d.createElementNS(MAIN, sheets.getPrefix() == null ? "sheet" : sheets.getPrefix() + ":sheet");
        s.setAttribute("name", Annotator.RESULT_SHEET);
        s.setAttribute("sheetId", String.valueOf(maxId + 1));
        s.setAttributeNS(REL_NS, "r:id", "rIdF5Result");
        sheets.appendChild(s);
        return serialize(d);
    }

    private Document dom(String part) throws IOException, org.xml.sax.SAXException {
        ZipEntry e = zip.getEntry(part);
        if (e == null) return null;
        try (InputStream in = zip.getInputStream(e)) {
            return XMLHelper.newDocumentBuilder().parse(in);
        }
    }

    private byte[] read(String part) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(part))) {
            return in.readAllBytes();
        }
    }

    private static byte[] serialize(Document d) throws javax.xml.transform.TransformerException {
        d.setXmlStandalone(true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var t = XMLHelper.newTransformer();
        t.setOutputProperty(javax.xml.transform.OutputKeys.ENCODING, "UTF-8");
        t.transform(new DOMSource(d), new StreamResult(out));
        return out.toByteArray();
    }

    private String fresh(String stem, String ext) {
        for (int i = 1; ; i++) {
            String name = stem + i + ext;
            if (zip.getEntry(name) == null) return name;
        }
    }

    private static void put(ZipOutputStream out, String name, byte[] data) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(data);
        out.closeEntry();
    }

    private static String dir(String part) {
        int i = part.lastIndexOf('/');
        return i < 0 ? "" : part.substring(0, i + 1);
    }

    /** Target of a relationship from a part in {@code fromDir} to {@code part}, e.g. ../comments1.xml. */
    static String relative(String fromDir, String part) {
        String[] from = fromDir.isEmpty() ? new String[0] : fromDir.split("/");
        String[] to = part.split("/");
        int common = 0;
        while (common < from.length && common < to.length - 1 && from[common].equals(to[common])) common++;
        StringBuilder b = new StringBuilder();
        for (int i = common; i < from.length; i++) b.append("../");
        for (int i = common; i < to.length; i++) {
            b.append(to[i]);
            if (i < to.length - 1) b.append('/');
        }
        return b.toString();
    }

    private static int parse(String s, int dflt) {
        try {
            return Integer.parseInt(s.strip());
        } catch (RuntimeException e) {
            return dflt;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** XML text escaping; characters XML 1.0 forbids are dropped. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') b.append(c);
                }
            }
        }
        return b.toString();
    }

    /** Lets writers flush into the zip entry without closing the zip. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
