package cn.shangwu.audit.form.selfeval;

import cn.shangwu.audit.template.Checked;
import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Severity;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.*;

/** More of what clerks do to their copy of 项目支出绩效自评表: the verified score and the errors stay those of the plain copy. */
class ClerkVariationsTest {
    private static final SeedForm YILIU = SeedForm.load("001-4-yiliu.tsv");
    private final Workbooks.Built plain = Workbooks.copy(YILIU);
    private final Checked baseline = Check.run(plain.bytes(), "plain.xlsx");

    private Checked variant(Consumer<Workbook> change) {
        Workbook wb = Workbooks.open(plain.bytes());
        change.accept(wb);
        return Check.run(Workbooks.bytes(wb), "copy.xlsx");
    }

    private Cell cell(Workbook wb, String key) {
        CellReference ref = new CellReference(plain.cell(key));
        Sheet s = wb.getSheetAt(0);
        Row r = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
        return r.getCell(ref.getCol()) == null ? r.createCell(ref.getCol()) : r.getCell(ref.getCol());
    }

    private void sameAsPlain(Checked c) {
        assertEquals(baseline.report().score().verified(), c.report().score().verified(), Check.describe(c));
        assertEquals(baseline.report().score().reported(), c.report().score().reported(), Check.describe(c));
        assertEquals(Check.rules(baseline, Severity.ERROR).size(), Check.rules(c, Severity.ERROR).size(), Check.describe(c));
    }

    @Test
    void aRenamedSheetIsStillTheForm() {
        sameAsPlain(variant(wb -> wb.setSheetName(0, "Sheet1")));
    }

    @Test
    void aNoteRowBetweenTheFundsAndTheGoalsIsIgnored() {
        Checked c = variant(wb -> {
            Sheet s = wb.getSheetAt(0);
            int below = new CellReference(plain.cell("exec.score")).getRow() + 1;
            s.shiftRows(below, s.getLastRowNum(), 1);
            s.createRow(below).createCell(0).setCellValue("注：金额单位为万元，执行率保留一位小数。");
        });
        assertEquals(baseline.report().score().verified(), c.report().score().verified(), Check.describe(c));
    }

    @Test
    void amountsWithYuanSignOrWanYuanSuffixAreRead() {
        for (String[] form : List.of(new String[]{"¥", ""}, new String[]{"", "万元"}, new String[]{"￥ ", " 万元"})) {
            Checked c = variant(wb -> {
                for (String k : List.of("exec.budget", "exec.executed")) {
                    Cell x = cell(wb, k);
                    String v = new java.math.BigDecimal(String.valueOf(x.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            ? x.getNumericCellValue() : Double.parseDouble(x.getStringCellValue()))).stripTrailingZeros().toPlainString();
                    x.setCellValue(form[0] + v + form[1]);
                }
            });
            assertEquals(baseline.report().score().verified(), c.report().score().verified(), form[0] + "…" + form[1] + Check.describe(c));
            assertTrue(c.report().findings().stream().noneMatch(f -> f.severity() == Severity.ERROR && f.cell().equals(plain.cell("exec.budget"))),
                    Check.describe(c));
        }
    }

    @Test
    void theExecutionRateTypedAnyWayIsTheSame() {
        Cell probe = cell(Workbooks.open(plain.bytes()), "exec.rate");
        double fraction = probe.getNumericCellValue() > 1.5 ? probe.getNumericCellValue() / 100 : probe.getNumericCellValue();
        String pct = new java.math.BigDecimal(String.valueOf(fraction)).movePointRight(2).stripTrailingZeros().toPlainString();
        for (Object typed : List.of(fraction, pct + "%", pct)) {
            Checked c = variant(wb -> {
                Cell x = cell(wb, "exec.rate");
                x.setCellStyle(wb.createCellStyle());
                if (typed instanceof Double d) x.setCellValue(d);
                else x.setCellValue((String) typed);
            });
            assertTrue(Check.of(c, "exec-rate").isEmpty(), typed + ": " + Check.describe(c));
            assertEquals(baseline.report().score().verified(), c.report().score().verified(), typed + ": " + Check.describe(c));
        }
    }

    @Test
    void aBlankIndicatorPointsCellIsReportedAtThatCell() {
        String at = plain.cell("ind.2.points");
        Checked c = variant(wb -> {
            Cell x = cell(wb, "ind.2.points");
            x.setBlank();
        });
        List<Finding> here = c.report().findings().stream().filter(f -> f.severity() != Severity.INFO
                && (at.equals(f.cell()) || f.cells().contains(at))).toList();
        assertFalse(here.isEmpty(), "nothing at " + at + Check.describe(c));
    }
}
