package cn.shangwu.audit.consolidate;

import cn.shangwu.audit.template.Forms;
import cn.shangwu.audit.testkit.TestDb;
import org.apache.poi.ss.usermodel.*;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** 绩效汇总 is written without jxls's second evaluation: every formula must still carry its evaluated value. */
class CachedValuesTest {
    @Test
    void everyFormulaOfThePerformanceWorkbookCarriesItsValue() throws Exception {
        int year = 2039;
        Filings.clear(year);
        Filings.accepted(Filings.f1("430223", year, "重大招商引资专项经费", "120.07", "118.84", "97.2", "96.5", List.of()));
        Filings.accepted(Filings.f1("430223", year, "跨境电商专项资金", "18.9", "18.9", "100", "100", List.of()));
        Filings.accepted(Filings.f1("430281", year, "流通产业发展专项资金", "91.82", "81.58", "94.88", "84.88", List.of()));
        Consolidation c = new Consolidator(TestDb.get().dataSource(), Forms.standard()).build("430200", year, Consolidator.PERFORMANCE).orElseThrow();
        int formulas = 0;
        try (XSSFWorkbook wb = Books.open(c.workbook())) {
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            for (Sheet s : wb)
                for (Row r : s)
                    for (Cell cell : r) {
                        if (cell.getCellType() != CellType.FORMULA) continue;
                        formulas++;
                        CellValue fresh = ev.evaluate(cell);
                        String where = s.getSheetName() + "!" + cell.getAddress();
                        assertEquals(fresh.getCellType(), cell.getCachedFormulaResultType(), where);
                        if (fresh.getCellType() == CellType.NUMERIC) assertEquals(fresh.getNumberValue(), cell.getNumericCellValue(), 1e-9, where);
                        else if (fresh.getCellType() == CellType.STRING) assertEquals(fresh.getStringValue(), cell.getStringCellValue(), where);
                    }
            assertTrue(wb.getForceFormulaRecalculation(), "Excel recalculates on opening");
        }
        assertTrue(formulas > 20, "formulas found: " + formulas);
    }
}
