package cn.shangwu.audit.template;

import org.apache.poi.ss.usermodel.*;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The plumbing every blank-template generator shares: bordered and title styles, A4 fit-to-width printing,
 * protection that still lets clerks insert and delete rows, the TemplateId/TemplateVersion properties, bytes out.
 */
public final class BlankKit {
    private BlankKit() {}

    /** A style with a thin border on all four sides. */
    public static CellStyle bordered(Workbook wb) {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    /** Bordered and vertically centred: the table cell of the official forms. */
    public static CellStyle boxed(Workbook wb) {
        CellStyle s = bordered(wb);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        return s;
    }

    /** A bold font of the given size (and face, when not null). */
    public static Font bold(Workbook wb, String fontName, int points) {
        Font f = wb.createFont();
        if (fontName != null) f.setFontName(fontName);
        f.setBold(true);
        if (points > 0) f.setFontHeightInPoints((short) points);
        return f;
    }

    /** Borderless, centred title in the given font. */
    public static CellStyle title(Workbook wb, Font font) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(HorizontalAlignment.CENTER);
        return s;
    }

    /** The cell at (r, c), created with its row when missing. */
    public static Cell cell(Sheet s, int r, int c) {
        Row row = s.getRow(r);
        if (row == null) row = s.createRow(r);
        Cell cell = row.getCell(c);
        return cell != null ? cell : row.createCell(c);
    }

    /** A4, one page wide (as many pages tall as needed), centred horizontally. */
    public static void printA4(Sheet s, boolean landscape) {
        PrintSetup ps = s.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(landscape);
        s.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        s.setHorizontallyCenter(true);
    }

    /** Protected without a password: locked cells stay intact, yet rows may be inserted, deleted and formatted. */
    public static void protect(XSSFSheet s) {
        s.protectSheet("");
        allowRowEdits(s);
    }

    /** On a protected sheet: clerks may still insert/delete rows and format cells, rows and columns. */
    public static void allowRowEdits(XSSFSheet s) {
        s.lockInsertRows(false);
        s.lockDeleteRows(false);
        s.lockFormatCells(false);
        s.lockFormatColumns(false);
        s.lockFormatRows(false);
    }

    /** Sets TemplateId/TemplateVersion (how uploads are recognised), writes and closes the workbook. */
    public static byte[] finish(XSSFWorkbook wb, String templateId, String version) {
        var cp = wb.getProperties().getCustomProperties();
        cp.addProperty("TemplateId", templateId);
        cp.addProperty("TemplateVersion", version);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            wb.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
