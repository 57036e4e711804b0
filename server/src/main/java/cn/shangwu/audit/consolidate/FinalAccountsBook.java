package cn.shangwu.audit.consolidate;

import org.apache.poi.ss.usermodel.*;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.math.BigDecimal;
import java.util.List;

/** Writes the nine summed 公开表 into the filled 决算汇总 workbook, in the layout of the first unit that filed each table. */
final class FinalAccountsBook {
    private static final int HEAD = 3; // title, 公开0N表, 单位 above the header

    private FinalAccountsBook() {}

    static void finish(XSSFWorkbook wb, FinalAccounts fa) {
        TemplateGenerator.Styles st = new TemplateGenerator.Styles(wb);
        int pos = 0;
        for (FinalAccounts.Table t : fa.tables()) {
            XSSFSheet s = wb.createSheet(t.def.sheet());
            wb.setSheetOrder(t.def.sheet(), pos++);
            write(s, t, st);
        }
        wb.setActiveSheet(0);
        wb.setSelectedTab(0);
        // Our own template id: at merge the registry's F4 form recognises and re-verifies the summed tables.
        var custom = wb.getProperties().getCustomProperties();
        if (!custom.contains("TemplateId")) custom.addProperty("TemplateId", Consolidator.FINAL_ACCOUNTS);
    }

    private static void write(XSSFSheet s, FinalAccounts.Table t, TemplateGenerator.Styles st) {
        cell(s, 0, 0, t.def.title(), st.title);
        cell(s, 1, 0, t.def.sheet(), null);
        cell(s, 2, 0, "单位：万元", null);
        if (t.layout == null) {
            cell(s, HEAD, 0, "没有单位上报本表", null);
            return;
        }
        F4Layout l = t.layout;
        if (l.width > 1) s.addMergedRegion(new CellRangeAddress(0, 0, 0, l.width - 1));
        // Header rows as the first unit wrote them (texts and merges).
        for (int r = 0; r < l.header.length; r++)
            for (int c = 0; c < l.width; c++) cell(s, HEAD + r, c, l.header[r][c], st.header);
        for (CellRangeAddress m : l.merges)
            s.addMergedRegion(new CellRangeAddress(HEAD + m.getFirstRow(), HEAD + m.getLastRow(), m.getFirstColumn(), m.getLastColumn()));
        int first = HEAD + l.header.length;
        // Codes and 行次 first in every block; labels below the codes (人员经费合计) line up after the longest block.
        int longest = 0;
        for (int b = 0; b < l.blocks.size(); b++) {
            int n = 0;
            for (String k : t.keys(b)) if (!isBottom(t, b, k)) n++;
            longest = Math.max(longest, n);
        }
        for (int b = 0; b < l.blocks.size(); b++) {
            F4Layout.Block bl = l.blocks.get(b);
            int row = first, bottom = first + longest;
            for (String k : t.keys(b)) {
                int r = isBottom(t, b, k) ? bottom++ : row++;
                if (bl.keyCol() >= 0) cell(s, r, bl.keyCol(), k, st.text);
                if (bl.nameCol() >= 0) cell(s, r, bl.nameCol(), t.names.get(b).getOrDefault(k, ""), st.text);
                BigDecimal[] v = t.sums.get(b).get(k);
                for (int i = 0; i < v.length; i++) {
                    Cell c = cell(s, r, bl.amountCols().get(i), null, st.money);
                    if (v[i] != null) c.setCellValue(v[i].doubleValue());
                }
            }
        }
        for (int c = 0; c < l.width; c++) s.setColumnWidth(c, Math.min(60, Math.max(10, l.widths[c])) * 256);
    }

    private static boolean isBottom(FinalAccounts.Table t, int b, String k) {
        return !t.topKeys.get(b).contains(k) && !Character.isDigit(k.charAt(0));
    }

    private static Cell cell(Sheet s, int r, int c, String v, CellStyle st) {
        Row row = s.getRow(r);
        if (row == null) row = s.createRow(r);
        Cell cell = row.getCell(c);
        if (cell == null) cell = row.createCell(c);
        if (v != null) cell.setCellValue(v);
        if (st != null) cell.setCellStyle(st);
        return cell;
    }
}
