package cn.shangwu.audit.annotate;

import cn.shangwu.audit.form.selfeval.SeedForm;
import cn.shangwu.audit.form.selfeval.Workbooks;
import cn.shangwu.audit.read.Upload;
import cn.shangwu.audit.template.CheckOptions;
import cn.shangwu.audit.template.Checked;
import cn.shangwu.audit.template.Forms;
import org.apache.poi.ss.usermodel.*;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * An independent formula engine: LibreOffice headless, told to always recalculate OOXML on load, converts the
 * annotated workbook; every formula value it computes equals the value the server wrote.
 */
class LibreOfficeOracleTest {
    @TempDir
    Path dir;

    @Test
    void libreOfficeRecomputesTheSameValues() throws Exception {
        Path soffice = java.util.stream.Stream.of("/usr/bin/soffice", "/usr/local/bin/soffice").map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        Assumptions.assumeTrue(soffice != null, "soffice not installed");
        // a filled blank whose formulas matter, with a fault so annotation happens
        Workbooks.Built b = Workbooks.filledBlank(SeedForm.load("001-3-liutong.tsv"));
        Checked checked = Forms.standard().check(new Upload("流通.xlsx", b.bytes()), CheckOptions.DEFAULT);
        Path in = dir.resolve("annotated.xlsx");
        // Zero every saved formula value first, so matching values prove LibreOffice recalculated them.
        try (Workbook wb = Workbooks.open(checked.annotated())) {
            for (Row row : wb.getSheet(b.sheet()))
                for (Cell c : row)
                    if (c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC) c.setCellValue(0);
            Files.write(in, Workbooks.bytes(wb));
        }

        Path profile = dir.resolve("profile");
        Path user = profile.resolve("user");
        Files.createDirectories(user);
        Files.writeString(user.resolve("registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
                </oor:items>
                """);
        Path outDir = dir.resolve("out");
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                "--convert-to", "xlsx", "--outdir", outDir.toString(), in.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "soffice finished");
        Path converted = outDir.resolve("annotated.xlsx");
        assertTrue(Files.exists(converted), "converted: " + Files.readString(dir.resolve("soffice.log")));

        try (Workbook ours = Workbooks.open(checked.annotated()); Workbook lo = Workbooks.open(Files.readAllBytes(converted))) {
            Sheet a = ours.getSheet(b.sheet()), o = lo.getSheet(b.sheet());
            assertNotNull(o, "LibreOffice kept the sheet");
            List<String> compared = new ArrayList<>();
            for (Row row : a)
                for (Cell c : row) {
                    if (c.getCellType() != CellType.FORMULA) continue;
                    Cell x = o.getRow(c.getRowIndex()).getCell(c.getColumnIndex());
                    if (c.getCachedFormulaResultType() == CellType.NUMERIC)
                        assertEquals(c.getNumericCellValue(), x.getNumericCellValue(), 1e-9, c.getAddress().formatAsString());
                    else
                        assertEquals(c.getStringCellValue(), x.getStringCellValue(), c.getAddress().formatAsString());
                    compared.add(c.getAddress().formatAsString());
                }
            assertEquals(List.of("G9", "H9", "H33", "H34"), compared);
            // the values are the engine's own, not just copied: 81.58 / 91.82 and the grade
            assertEquals(81.58 / 91.82, o.getRow(8).getCell(6).getNumericCellValue(), 1e-12);
            assertEquals("优", o.getRow(33).getCell(7).getStringCellValue());
        }
    }
}
