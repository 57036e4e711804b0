package cn.shangwu.audit.annotate;

import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Report;
import cn.shangwu.audit.verify.Severity;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.*;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.*;

/**
 * Marks each finding at its cell — red fill for ERROR, amber for WARNING, a comment saying what was expected —
 * and adds a sheet 审核结果 listing all findings with links to the cells. Values are never changed.
 */
public final class Annotator {
    public static final String RESULT_SHEET = "审核结果";

    private static final byte[] RED = {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE};
    private static final byte[] AMBER = {(byte) 0xFF, (byte) 0xEB, (byte) 0x9C};

    private Annotator() {}

    /** Annotates the workbook in place and returns its bytes (same format as uploaded). */
    public static byte[] annotate(Workbook wb, Report report) {
        Map<String, CellStyle> styles = new HashMap<>();
        Map<String, List<Finding>> byCell = new LinkedHashMap<>();
        for (Finding f : report.findings())
            if (f.sheet() != null && f.cell() != null) byCell.computeIfAbsent(f.sheet() + "!" + f.cell(), k -> new ArrayList<>()).add(f);

        for (List<Finding> here : byCell.values()) {
            Finding first = here.get(0);
            Sheet sheet = wb.getSheet(first.sheet());
            if (sheet == null) continue;
            CellAddress a = new CellAddress(first.cell());
            Row row = sheet.getRow(a.getRow());
            if (row == null) row = sheet.createRow(a.getRow());
            Cell cell = row.getCell(a.getColumn());
            if (cell == null) cell = row.createCell(a.getColumn());
            Severity worst = here.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElse(Severity.INFO);
            if (worst != Severity.INFO) cell.setCellStyle(filled(wb, cell.getCellStyle(), worst, styles));
            comment(wb, sheet, cell, here);
        }
        resultSheet(wb, report);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle filled(Workbook wb, CellStyle base, Severity sev, Map<String, CellStyle> cache) {
        return cache.computeIfAbsent(base.getIndex() + ":" + sev, k -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(base);
            byte[] rgb = sev == Severity.ERROR ? RED : AMBER;
            if (s instanceof XSSFCellStyle xs) {
                xs.setFillForegroundColor(new XSSFColor(rgb, null));
            } else {
                s.setFillForegroundColor(sev == Severity.ERROR ? IndexedColors.ROSE.getIndex() : IndexedColors.LIGHT_YELLOW.getIndex());
            }
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return s;
        });
    }

    private static void comment(Workbook wb, Sheet sheet, Cell cell, List<Finding> here) {
        StringBuilder text = new StringBuilder();
        for (Finding f : here) {
            if (!text.isEmpty()) text.append('\n');
            text.append('【').append(f.severity().label()).append('】').append(f.message());
            if (f.expected() != null) text.append("（应为 ").append(plain(f.expected())).append('）');
            text.append(" [").append(f.rule()).append(']');
        }
        Comment existing = cell.getCellComment();
        String prior = existing == null ? "" : existing.getString().getString() + "\n";
        if (existing != null) cell.removeCellComment();
        CreationHelper helper = wb.getCreationHelper();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = helper.createClientAnchor();
        // XSSF files a new comment under the anchor's top-left cell: anchored beside the cell it would collide with the neighbour's
        anchor.setCol1(cell.getColumnIndex());
        anchor.setCol2(cell.getColumnIndex() + 4);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 3 + here.size() * 2);
        Comment c = drawing.createCellComment(anchor);
        c.setString(helper.createRichTextString(prior + text));
        c.setAuthor("审核系统");
        cell.setCellComment(c);
    }

    private static void resultSheet(Workbook wb, Report report) {
        int existing = wb.getSheetIndex(RESULT_SHEET);
        if (existing >= 0) wb.removeSheetAt(existing);
        Sheet s = wb.createSheet(RESULT_SHEET);
        CreationHelper helper = wb.getCreationHelper();
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle head = wb.createCellStyle();
        head.setFont(bold);
        Font linkFont = wb.createFont();
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(IndexedColors.BLUE.getIndex());
        CellStyle link = wb.createCellStyle();
        link.setFont(linkFont);

        int r = 0;
        put(s, r++, head, "审核结果");
        put(s, r++, null, "表格", report.template() + " " + report.templateVersion());
        if (report.score() != null) {
            put(s, r++, null, "填报总分", plain(report.score().reported()));
            put(s, r++, null, "复核总分", plain(report.score().verified()));
            put(s, r++, null, "复核等级", report.score().grade());
        }
        put(s, r++, null, "错误", String.valueOf(report.count(Severity.ERROR)), "提示", String.valueOf(report.count(Severity.WARNING)),
                "信息", String.valueOf(report.count(Severity.INFO)));
        r++;
        put(s, r++, head, "序号", "级别", "工作表", "单元格", "规则", "说明", "应为", "填报", "容差");
        int n = 1;
        for (Finding f : report.findings()) {
            Row row = put(s, r++, null, String.valueOf(n++), f.severity().label(), nz(f.sheet()), nz(f.cell()), f.rule(), f.message(),
                    plain(f.expected()), plain(f.actual()), plain(f.tolerance()));
            if (f.sheet() != null && f.cell() != null && wb.getSheet(f.sheet()) != null) {
                Hyperlink h = helper.createHyperlink(HyperlinkType.DOCUMENT);
                h.setAddress("'" + f.sheet().replace("'", "''") + "'!" + f.cell());
                Cell c = row.getCell(3);
                c.setHyperlink(h);
                c.setCellStyle(link);
            }
        }
        if (report.findings().isEmpty()) put(s, r, null, "未发现问题");
        s.setColumnWidth(0, 8 * 256);
        s.setColumnWidth(2, 20 * 256);
        s.setColumnWidth(4, 22 * 256);
        s.setColumnWidth(5, 70 * 256);
        if (!(wb instanceof HSSFWorkbook)) s.createFreezePane(0, 0);
    }

    private static Row put(Sheet s, int r, CellStyle style, String... values) {
        Row row = s.createRow(r);
        for (int i = 0; i < values.length; i++) {
            Cell c = row.createCell(i);
            c.setCellValue(values[i] == null ? "" : values[i]);
            if (style != null) c.setCellStyle(style);
        }
        return row;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    /** A1 reference for zero-based row and column. */
    public static String a1(int row, int col) {
        return new CellReference(row, col).formatAsString(false);
    }
}
