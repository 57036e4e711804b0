package cn.shangwu.audit.consolidate;

import java.math.BigDecimal;
import java.util.List;

/**
 * Reads the detail rows of an F5 专项资金预算执行明细表. The consolidation ships a small POI reader ({@link PoiFundRows});
 * the F5 form's streaming reader (package cn.shangwu.audit.form.fundexec) replaces it at merge.
 */
@FunctionalInterface
public interface FundRows {
    /** One detail row; amounts in 万元, null when the cell is empty. */
    record Row(String seq, String region, String docNo, String project, BigDecimal budget, String note, BigDecimal paid) {}

    /** The detail rows in file order, without the 合计 row. Throws for a workbook it cannot read. */
    List<Row> read(byte[] workbook);
}
