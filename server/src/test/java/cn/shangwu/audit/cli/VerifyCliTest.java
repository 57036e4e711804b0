package cn.shangwu.audit.cli;

import cn.shangwu.audit.Json;
import cn.shangwu.audit.form.selfeval.SeedForm;
import cn.shangwu.audit.form.selfeval.Workbooks;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The verify command on F1 workbooks: report and annotated copy written, exit codes as CONTRACT.md says. */
class VerifyCliTest {
    @TempDir
    Path dir;

    @Test
    void verifyWritesTheAnnotatedWorkbookAndTheJsonReport() throws Exception {
        Path in = dir.resolve("湘粤非.xlsx");
        Files.write(in, Workbooks.copy(SeedForm.load("000-1-xiangyuefei.tsv")).bytes());
        Path out = dir.resolve("out.xlsx"), json = dir.resolve("report.json");
        assertEquals(0, Main.run("verify", in.toString(), "--out", out.toString(), "--json", json.toString()));
        JsonNode r = Json.MAPPER.readTree(json.toFile());
        assertEquals("project-self-eval", r.get("template").asText());
        assertEquals(97.91, r.get("score").get("reported").asDouble(), 1e-9);
        assertTrue(r.get("findings").toString().contains("F1.full-score-unmet"));
        try (var wb = Workbooks.open(Files.readAllBytes(out))) {
            assertNotNull(wb.getSheet("审核结果"));
        }
    }

    @Test
    void theLinearPolicyChangesTheReferenceScore() throws Exception {
        Path in = dir.resolve("湘粤非.xlsx");
        Files.write(in, Workbooks.copy(SeedForm.load("000-1-xiangyuefei.tsv")).bytes());
        Path p = dir.resolve("p.json"), l = dir.resolve("l.json");
        assertEquals(0, Main.run("verify", in.toString(), "--json", p.toString()));
        assertEquals(0, Main.run("verify", in.toString(), "--json", l.toString(), "--policy", "linear-0.2"));
        double proportional = Json.MAPPER.readTree(p.toFile()).get("score").get("verified").asDouble();
        double linear = Json.MAPPER.readTree(l.toFile()).get("score").get("verified").asDouble();
        assertEquals(89.07, proportional, 1e-9);
        assertEquals(87.91, linear, 1e-9, "11.6 % of the target: 88.4 % short × 0.2 takes all 10 points");
    }

    @Test
    void unreadableInputExitsTwoWithOneLineOnStderr() throws Exception {
        Path in = dir.resolve("报表.xlsx");
        Files.writeString(in, "not a workbook");
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run("verify", in.toString(), "--out", dir.resolve("o.xlsx").toString());
        } finally {
            System.setErr(old);
        }
        assertEquals(2, code);
        String text = err.toString(StandardCharsets.UTF_8).strip();
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.contains("报表.xlsx"), text);
        assertFalse(Files.exists(dir.resolve("o.xlsx")));
    }
}
