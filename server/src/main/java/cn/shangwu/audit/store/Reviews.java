package cn.shangwu.audit.store;

import javax.sql.DataSource;
import java.sql.*;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The review workflow on stored submissions: SUBMITTED → ACCEPTED (locked) or RETURNED; unlock; the filer's 填报说明.
 * Each transition re-reads the row under a lock, so two reviewers cannot both act on a stale view.
 */
public final class Reviews {
    public static final String SUBMITTED = "SUBMITTED";
    public static final String ACCEPTED = "ACCEPTED";
    public static final String RETURNED = "RETURNED";

    private final DataSource ds;

    public Reviews(DataSource ds) {
        this.ds = ds;
    }

    /** A refused transition; the message says why, in Chinese. */
    public static final class Conflict extends RuntimeException {
        public Conflict(String message) {
            super(message);
        }
    }

    public record State(boolean locked, String explanation, Long reviewedBy, Instant reviewedAt) {}

    public record Note(String kind, String text, String username, Instant at) {}

    /** A submission with its lock flag, for the status board. */
    public record Latest(Submission submission, boolean locked) {}

    public State state(long id) {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT locked, explanation, reviewed_by, reviewed_at FROM submission WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new Conflict("没有编号为 " + id + " 的提交");
                long by = rs.getLong(3);
                Long reviewedBy = rs.wasNull() ? null : by;
                Timestamp at = rs.getTimestamp(4);
                return new State(rs.getBoolean(1), rs.getString(2), reviewedBy, at == null ? null : at.toInstant());
            }
        } catch (SQLException e) {
            throw new StoreException("读取审核状态失败", e);
        }
    }

    public List<Note> notes(long id) {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT kind, text, username, created_at FROM submission_note WHERE submission_id = ? ORDER BY id")) {
            ps.setLong(1, id);
            List<Note> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new Note(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("读取审核意见失败", e);
        }
    }

    /** Whether the latest version of this unit's form for the year is locked (accepted, not unlocked): new uploads are refused. */
    public boolean locked(String unit, Integer year, String template) {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT locked FROM submission WHERE unit_code <=> ? AND report_year <=> ? AND template = ? "
                     + "ORDER BY version DESC LIMIT 1")) {
            ps.setString(1, unit);
            ps.setObject(2, year);
            ps.setString(3, template);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new StoreException("读取锁定状态失败", e);
        }
    }

    /** Accepts the latest version: refused while ERRORs remain, or WARNINGs have no 填报说明. Locks it. */
    public void accept(long id, User by, String comment) {
        transition(id, (c, row) -> {
            if (!SUBMITTED.equals(row.status())) throw new Conflict("该提交当前状态为" + label(row.status()) + "，不能通过");
            if (row.errors() > 0) throw new Conflict("该提交仍有 " + row.errors() + " 个错误（强制性审核未通过），不能通过；请退回填报单位修改");
            if (row.warnings() > 0 && (row.explanation() == null || row.explanation().isBlank()))
                throw new Conflict("该提交有 " + row.warnings() + " 个提示性问题，需填报单位先提交填报说明");
            update(c, "UPDATE submission SET status = 'ACCEPTED', locked = TRUE, reviewed_by = ?, reviewed_at = CURRENT_TIMESTAMP(3) WHERE id = ?", by.id(), id);
            if (comment != null && !comment.isBlank()) note(c, id, "ACCEPT", comment, by);
        });
    }

    /** Returns the latest version to the filer with a comment (退回). An accepted one must be unlocked first. */
    public void giveBack(long id, User by, String comment) {
        if (comment == null || comment.isBlank()) throw new Conflict("退回时请填写退回意见");
        transition(id, (c, row) -> {
            if (RETURNED.equals(row.status())) throw new Conflict("该提交已退回");
            if (row.locked()) throw new Conflict("该提交已通过并锁定，请先解锁再退回");
            update(c, "UPDATE submission SET status = 'RETURNED', reviewed_by = ?, reviewed_at = CURRENT_TIMESTAMP(3) WHERE id = ?", by.id(), id);
            note(c, id, "RETURN", comment, by);
        });
    }

    /** Unlocks an accepted submission so the filer may upload a new version; it stays accepted until then. */
    public void unlock(long id, User by, String reason) {
        transition(id, (c, row) -> {
            if (!row.locked()) throw new Conflict("该提交未锁定");
            update(c, "UPDATE submission SET locked = FALSE WHERE id = ?", id);
            note(c, id, "UNLOCK", reason == null || reason.isBlank() ? "解锁" : reason, by);
        });
    }

    /** The filer's explanation (填报说明) of the WARNINGs; allowed until the submission is accepted. */
    public void explain(long id, User by, String text) {
        if (text == null || text.isBlank()) throw new Conflict("填报说明不能为空");
        if (text.length() > 4000) throw new Conflict("填报说明不能超过 4000 字");
        transition(id, (c, row) -> {
            if (ACCEPTED.equals(row.status())) throw new Conflict("该提交已通过，不能再修改填报说明");
            update(c, "UPDATE submission SET explanation = ? WHERE id = ?", text.strip(), id);
            note(c, id, "EXPLAIN", text.strip(), by);
        });
    }

    /** The latest version of each unit × template of a year, for the given units. */
    public List<Latest> latest(Collection<String> units, int year) {
        if (units.isEmpty()) return List.of();
        String sql = "SELECT " + Submissions.columns() + ", locked FROM submission s WHERE report_year = ? AND unit_code IN ("
                + "?,".repeat(units.size() - 1) + "?) AND version = (SELECT MAX(version) FROM submission t WHERE t.unit_code = s.unit_code "
                + "AND t.report_year = s.report_year AND t.template = s.template)";
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, year);
            int i = 2;
            for (String u : units) ps.setString(i++, u);
            List<Latest> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new Latest(Submissions.row(rs), rs.getBoolean("locked")));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("读取上报情况失败", e);
        }
    }

    /** Chinese state of a submission as clerks say it; null submission = 未上报. */
    public static String label(Submission s) {
        if (s == null) return "未上报";
        if (SUBMITTED.equals(s.status())) return s.errors() > 0 ? "有错误" : "待审核";
        return label(s.status());
    }

    public static String label(String status) {
        return switch (status) {
            case ACCEPTED -> "已通过";
            case RETURNED -> "已退回";
            case SUBMITTED -> "待审核";
            default -> status;
        };
    }

    private record Row(String status, int errors, int warnings, String explanation, boolean locked) {}

    private interface Step {
        void apply(Connection c, Row row) throws SQLException;
    }

    private void transition(long id, Step step) {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                Row row;
                try (PreparedStatement ps = c.prepareStatement("SELECT s.status, s.errors, s.warnings, s.explanation, s.locked, "
                        + "(SELECT MAX(version) FROM submission t WHERE t.unit_code <=> s.unit_code AND t.report_year <=> s.report_year "
                        + "AND t.template = s.template) AS latest, s.version FROM submission s WHERE s.id = ? FOR UPDATE")) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) throw new Conflict("没有编号为 " + id + " 的提交");
                        if (rs.getInt("latest") != rs.getInt("version"))
                            throw new Conflict("这不是最新版本（第 " + rs.getInt("version") + " 版，最新为第 " + rs.getInt("latest") + " 版），只能对最新版本操作");
                        row = new Row(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getBoolean(5));
                    }
                }
                step.apply(c, row);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("更新审核状态失败", e);
        }
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
            ps.executeUpdate();
        }
    }

    private static void note(Connection c, long id, String kind, String text, User by) throws SQLException {
        update(c, "INSERT INTO submission_note (submission_id, kind, text, user_id, username) VALUES (?,?,?,?,?)",
                id, kind, text.length() > 4000 ? text.substring(0, 4000) : text, by.id(), by.username());
    }

}
