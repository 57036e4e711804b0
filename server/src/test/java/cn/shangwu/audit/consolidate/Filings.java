package cn.shangwu.audit.consolidate;

import cn.shangwu.audit.store.Submission;
import cn.shangwu.audit.store.Submissions;
import cn.shangwu.audit.template.Checked;
import cn.shangwu.audit.template.Fact;
import cn.shangwu.audit.testkit.TestDb;
import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Report;
import cn.shangwu.audit.verify.Score;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Stores filings directly (as the upload route would after checking) and sets their status as the workflow would. */
final class Filings {
    static final Submissions SUBMISSIONS = new Submissions(TestDb.get().dataSource());

    private Filings() {}

    static Submission store(String unit, int year, String template, byte[] original, Report report, Map<String, Fact> facts) {
        return SUBMISSIONS.store(unit, year, template + ".xlsx", original, new Checked(report, original, "xlsx", facts), null);
    }

    /** An F1 filing of a project: funds as facts, the project in the report's meta, scores and findings as given. */
    static Submission f1(String unit, int year, String project, String budget, String executed, String reported, String verified,
                         List<Finding> findings) {
        BigDecimal v = new BigDecimal(verified);
        Report r = new Report("project-self-eval", "2024.1", new Score(new BigDecimal(reported), v, Score.grade(v)), findings,
                Map.of("project", project));
        Map<String, Fact> facts = Map.of(Performance.BUDGET, new Fact(new BigDecimal(budget), "项目支出绩效自评表", "C9"),
                Performance.EXECUTED, new Fact(new BigDecimal(executed), "项目支出绩效自评表", "D9"));
        return store(unit, year, "project-self-eval", tiny(project), r, facts);
    }

    static Submission plain(String unit, int year, String template, byte[] original, List<Finding> findings) {
        return store(unit, year, template, original, new Report(template, "2024.1", null, findings, Map.of()), Map.of());
    }

    static void status(Submission s, String status) {
        try (Connection c = TestDb.get().dataSource().getConnection()) {
            SUBMISSIONS.setStatus(c, s.id(), status);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Submission accepted(Submission s) {
        status(s, "ACCEPTED");
        return s;
    }

    static byte[] tiny(String title) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("项目支出绩效自评表").createRow(0).createCell(0).setCellValue(title);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes every filing of a year so a test starts from nothing (tests share one database). */
    static void clear(int year) {
        try (Connection c = TestDb.get().dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM submission WHERE report_year = ?")) {
            ps.setInt(1, year);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
