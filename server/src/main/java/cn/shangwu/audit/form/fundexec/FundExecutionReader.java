package cn.shangwu.audit.form.fundexec;

import cn.shangwu.audit.read.Upload;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Public, streaming reader of 专项资金预算执行明细表 (F5) uploads, for consolidation (专项资金执行汇总) and anyone else
 * who needs the rows. Memory stays bounded by one row at a time ({@link #forEachRow}); the table is found by its
 * header labels on any sheet. Throws {@link cn.shangwu.audit.read.BadWorkbookException} (a 4xx) when the upload is
 * not readable or has no such table.
 */
public final class FundExecutionReader {
    private FundExecutionReader() {}

    /** Calls {@code sink} for every detail, 小计 and 合计 row in sheet order; blank rows and headings are skipped. */
    public static void forEachRow(Upload upload, Consumer<FundRow> sink) {
        try (FundSheet sheet = FundSheet.require(upload)) {
            sheet.rows(p -> sink.accept(p.row()));
        }
    }

    /** All rows (detail, 小计, 合计) in sheet order. Prefer {@link #forEachRow} for very large files. */
    public static List<FundRow> read(Upload upload) {
        List<FundRow> out = new ArrayList<>();
        forEachRow(upload, out::add);
        return out;
    }

    /** Only the detail rows: what a consolidation sums. */
    public static List<FundRow> details(Upload upload) {
        List<FundRow> out = new ArrayList<>();
        forEachRow(upload, r -> {
            if (r.isDetail()) out.add(r);
        });
        return out;
    }

    /** The name of the sheet holding the table, or null when the upload has none. Never opens a usermodel .xlsx. */
    public static String sheetName(Upload upload) {
        try (FundSheet s = FundSheet.locate(upload)) {
            return s == null ? null : s.sheetName();
        }
    }
}
