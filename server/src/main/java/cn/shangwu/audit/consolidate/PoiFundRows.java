package cn.shangwu.audit.consolidate;

import cn.shangwu.audit.read.Amount;
import cn.shangwu.audit.read.BadWorkbookException;
import cn.shangwu.audit.read.Grid;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal label-driven F5 reader over POI's usermodel: finds the header row by 项目名称 / 预算金额 / 支付金额 on any
 * sheet, maps the columns by their labels and reads rows until the 合计 row. Fine for the sizes a consolidation
 * stores; the F5 form's streaming reader takes over at merge.
 */
public final class PoiFundRows implements FundRows {
    private static final int MAX_ROWS = 1_000_000;

    @Override
    public List<Row> read(byte[] bytes) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                List<Row> rows = read(wb.getSheetAt(i));
                if (rows != null) return rows;
            }
        } catch (IOException | RuntimeException e) {
            throw new BadWorkbookException("无法读取专项资金明细", "工作簿无法打开：" + e.getMessage());
        }
        throw new BadWorkbookException("无法读取专项资金明细", "未找到含“项目名称”“预算金额”“支付金额”的表头");
    }

    private static List<Row> read(Sheet sheet) {
        Grid g = new Grid(sheet, MAX_ROWS, 30);
        int header = -1;
        for (int r = 0; r < Math.min(g.rows(), 30) && header < 0; r++)
            if (g.colOf(r, 0, "项目名称") >= 0 && g.colOf(r, 0, "预算金额") >= 0 && g.colOf(r, 0, "支付金额") >= 0) header = r;
        if (header < 0) return null;
        int seq = g.colOf(header, 0, "序号"), region = first(g, header, "县市区", "单位"), doc = g.colOf(header, 0, "指标文号");
        int project = g.colOf(header, 0, "项目名称"), budget = g.colOf(header, 0, "预算金额"), note = g.colOf(header, 0, "备注");
        int paid = g.colOf(header, 0, "支付金额");
        List<Row> out = new ArrayList<>();
        for (int r = header + 1; r < g.rows(); r++) {
            if (g.blankRow(r)) continue;
            String first = g.key(r, Math.max(seq, 0)) + g.key(r, Math.max(region, 0));
            if (first.startsWith("合计") || first.startsWith("总计")) break;
            if (g.key(r, Math.max(seq, 0)).equals("序号")) continue; // a repeated header (page break)
            BigDecimal b = amount(g, r, budget), p = amount(g, r, paid);
            String name = text(g, r, project);
            if (b == null && p == null && name.isEmpty()) continue;
            out.add(new Row(text(g, r, seq), text(g, r, region), text(g, r, doc), name, b, text(g, r, note), p));
        }
        return out;
    }

    private static int first(Grid g, int r, String... labels) {
        for (String l : labels) {
            int c = g.colOf(r, 0, l);
            if (c >= 0) return c;
        }
        return -1;
    }

    private static String text(Grid g, int r, int c) {
        return c < 0 ? "" : g.text(r, c);
    }

    /** "-" is how the forms write a zero payment. */
    private static BigDecimal amount(Grid g, int r, int c) {
        if (c < 0) return null;
        String k = g.key(r, c);
        if (k.equals("-") || k.equals("—")) return BigDecimal.ZERO;
        Amount a = g.amount(r, c);
        return a.value();
    }
}
