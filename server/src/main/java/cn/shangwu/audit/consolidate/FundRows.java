package cn.shangwu.audit.consolidate;

import cn.shangwu.audit.form.fundexec.FundExecutionReader;
import cn.shangwu.audit.read.Upload;

import java.math.BigDecimal;
import java.util.List;

/**
 * Reads the detail rows of an F5 专项资金预算执行明细表; {@link #streaming()} is the F5 form's own streaming reader,
 * so a consolidation reads F5 files exactly as their upload was checked.
 */
@FunctionalInterface
public interface FundRows {
    /** One detail row; amounts in 万元, null when the cell is empty. */
    record Row(String seq, String region, String docNo, String project, BigDecimal budget, String note, BigDecimal paid) {}

    /** The detail rows in file order, without the 合计 row. Throws for a workbook it cannot read. */
    List<Row> read(byte[] workbook);

    /** The F5 form's streaming reader: label-driven, bounded memory, 小计 and 合计 rows left out. */
    static FundRows streaming() {
        return bytes -> FundExecutionReader.details(new Upload("专项资金预算执行明细表.xlsx", bytes)).stream()
                .map(r -> new Row(r.serial(), r.unit(), r.docNo(), r.project(), r.budget(), r.note(), r.paid()))
                .toList();
    }
}
