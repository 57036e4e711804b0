package cn.shangwu.audit.store;

import cn.shangwu.audit.Json;
import cn.shangwu.audit.template.Checked;
import cn.shangwu.audit.template.Fact;
import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Report;
import cn.shangwu.audit.verify.Severity;
import com.fasterxml.jackson.core.JsonProcessingException;

import javax.sql.DataSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.*;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Stores checked uploads with their findings, all in one transaction, and reads them back. */
public final class Submissions {
    private static final String COLUMNS = "id, unit_code, report_year, template, template_version, version, filename, original_sha256, "
            + "annotated_ext, score_reported, score_verified, grade, errors, warnings, infos, status, created_by, created_at";

    private final DataSource ds;

    public Submissions(DataSource ds) {
        this.ds = ds;
    }

    /** Stores the upload; the version is the next one for that unit, template and year. Returns the new row. */
    public Submission store(String unitCode, Integer year, String filename, byte[] original, Checked checked, Long userId) {
        Report r = checked.report();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                int version = nextVersion(c, unitCode, year, r.template());
                long id;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO submission (unit_code, report_year, template, template_version, "
                        + "version, filename, original, original_sha256, annotated, annotated_ext, report_json, facts_json, score_reported, "
                        + "score_verified, grade, errors, warnings, infos, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    int i = 1;
                    ps.setString(i++, unitCode);
                    setInt(ps, i++, year);
                    ps.setString(i++, r.template());
                    ps.setString(i++, r.templateVersion());
                    ps.setInt(i++, version);
                    ps.setString(i++, truncate(filename, 255));
                    ps.setBytes(i++, original);
                    ps.setString(i++, sha256(original));
                    ps.setBytes(i++, checked.annotated());
                    ps.setString(i++, checked.annotatedExtension());
                    ps.setString(i++, Json.MAPPER.writeValueAsString(r));
                    ps.setString(i++, checked.facts().isEmpty() ? null : Json.MAPPER.writeValueAsString(checked.facts()));
                    ps.setBigDecimal(i++, r.score() == null ? null : r.score().reported());
                    ps.setBigDecimal(i++, r.score() == null ? null : r.score().verified());
                    ps.setString(i++, r.score() == null ? null : r.score().grade());
                    ps.setInt(i++, (int) r.count(Severity.ERROR));
                    ps.setInt(i++, (int) r.count(Severity.WARNING));
                    ps.setInt(i++, (int) r.count(Severity.INFO));
                    if (userId == null) ps.setNull(i, Types.BIGINT); else ps.setLong(i, userId);
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                insertFindings(c, id, r.findings());
                if (checked.tablesJson() != null) insertTables(c, id, checked.tablesJson());
                c.commit();
                return find(id).orElseThrow();
            } catch (SQLException | JsonProcessingException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("保存提交失败", e);
        }
    }

    private static int nextVersion(Connection c, String unit, Integer year, String template) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(version), 0) FROM submission WHERE unit_code <=> ? "
                + "AND report_year <=> ? AND template = ? FOR UPDATE")) {
            ps.setString(1, unit);
            setInt(ps, 2, year);
            ps.setString(3, template);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) + 1;
            }
        }
    }

    private static void insertFindings(Connection c, long id, List<Finding> findings) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO finding (submission_id, seq, rule_id, severity, sheet, cell, message, "
                + "expected, actual, tolerance) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            int seq = 0;
            for (Finding f : findings) {
                ps.setLong(1, id);
                ps.setInt(2, ++seq);
                ps.setString(3, truncate(f.rule(), 60));
                ps.setString(4, f.severity().name());
                ps.setString(5, truncate(f.sheet(), 100));
                ps.setString(6, truncate(f.cell(), 20));
                ps.setString(7, truncate(f.message(), 2000));
                ps.setBigDecimal(8, clamp(f.expected()));
                ps.setBigDecimal(9, clamp(f.actual()));
                ps.setBigDecimal(10, clamp(f.tolerance()));
                ps.addBatch();
                if (seq % 1000 == 0) ps.executeBatch();
            }
            ps.executeBatch();
        }
    }

    /** The form's tables as consolidation reads them (see {@link Checked#tablesJson()}). */
    private static void insertTables(Connection c, long id, String json) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO submission_tables (submission_id, tables_json) VALUES (?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, json);
            ps.executeUpdate();
        }
    }

    public Optional<Submission> find(long id) {
        return query("SELECT " + COLUMNS + " FROM submission WHERE id = ?", id).stream().findFirst();
    }

    /** All versions of one unit's form for a year, newest first. */
    public List<Submission> history(String unitCode, Integer year, String template) {
        return query("SELECT " + COLUMNS + " FROM submission WHERE unit_code <=> ? AND report_year <=> ? AND template = ? ORDER BY version DESC",
                unitCode, year, template);
    }

    /** Runs a select of {@link #COLUMNS} with the given parameters. */
    public List<Submission> query(String sql, Object... params) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
            List<Submission> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(row(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("读取提交失败", e);
        }
    }

    public static String columns() {
        return COLUMNS;
    }

    public Optional<Report> report(long id) {
        return text(id, "report_json").map(json -> {
            try {
                return Json.MAPPER.readValue(json, Report.class);
            } catch (JsonProcessingException e) {
                throw new StoreException("报告数据损坏：提交 " + id, e);
            }
        });
    }

    /** The facts the form reported (stored as JSON), for cross-form checks and consolidation. */
    public java.util.Map<String, Fact> facts(long id) {
        return text(id, "facts_json").map(json -> {
            try {
                return Json.MAPPER.readValue(json, new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, Fact>>() {});
            } catch (JsonProcessingException e) {
                throw new StoreException("数据损坏：提交 " + id, e);
            }
        }).orElse(java.util.Map.of());
    }

    /** The facts of a unit's latest filing of a template in a year (for cross-form checks), empty when none is on file. */
    public Optional<java.util.Map<String, Fact>> latestFacts(String unitCode, int year, String template) {
        List<Submission> latest = query("SELECT " + COLUMNS + " FROM submission WHERE unit_code = ? AND report_year = ? AND template = ? "
                + "ORDER BY version DESC LIMIT 1", unitCode, year, template);
        return latest.isEmpty() ? Optional.empty() : Optional.of(facts(latest.get(0).id()));
    }

    public Optional<byte[]> original(long id) {
        return blob(id, "original");
    }

    public Optional<byte[]> annotated(long id) {
        return blob(id, "annotated");
    }

    public void setStatus(Connection c, long id, String status) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE submission SET status = ? WHERE id = ?")) {
            ps.setString(1, status);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    private Optional<String> text(long id, String column) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM submission WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("读取提交失败", e);
        }
    }

    private Optional<byte[]> blob(long id, String column) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM submission WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("读取提交失败", e);
        }
    }

    public static Submission row(ResultSet rs) throws SQLException {
        int year = rs.getInt("report_year");
        Integer y = rs.wasNull() ? null : year;
        long by = rs.getLong("created_by");
        Long createdBy = rs.wasNull() ? null : by;
        return new Submission(rs.getLong("id"), rs.getString("unit_code"), y, rs.getString("template"),
                rs.getString("template_version"), rs.getInt("version"), rs.getString("filename"), rs.getString("original_sha256"),
                rs.getString("annotated_ext"), rs.getBigDecimal("score_reported"), rs.getBigDecimal("score_verified"),
                rs.getString("grade"), rs.getInt("errors"), rs.getInt("warnings"), rs.getInt("infos"), rs.getString("status"),
                createdBy, rs.getTimestamp("created_at").toInstant());
    }

    public static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.math.BigDecimal clamp(java.math.BigDecimal v) {
        if (v == null) return null;
        java.math.BigDecimal s = v.setScale(Math.min(Math.max(v.scale(), 0), 6), java.math.RoundingMode.HALF_UP);
        return s.abs().compareTo(new java.math.BigDecimal("1E17")) >= 0 ? null : s;
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) ps.setNull(i, Types.SMALLINT); else ps.setInt(i, v);
    }

    private static String truncate(String s, int n) {
        return s == null || s.length() <= n ? s : s.substring(0, n);
    }
}
