package cn.shangwu.audit.store;

import javax.sql.DataSource;
import java.sql.*;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Who did what, when, to which unit and submission, from which address. Rows are only ever added. */
public final class AuditLog {
    private final DataSource ds;

    public AuditLog(DataSource ds) {
        this.ds = ds;
    }

    public record Entry(long id, Instant at, Long userId, String username, String action, String unitCode, Long submissionId,
                        String detail, String ip) {}

    public void record(User user, String action, String unitCode, Long submissionId, String detail, String ip) {
        record(user == null ? null : user.id(), user == null ? null : user.username(), action, unitCode, submissionId, detail, ip);
    }

    public void record(Long userId, String username, String action, String unitCode, Long submissionId, String detail, String ip) {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (user_id, username, action, unit_code, submission_id, detail, ip) "
                     + "VALUES (?,?,?,?,?,?,?)")) {
            ps.setObject(1, userId);
            ps.setString(2, cut(username, 60));
            ps.setString(3, action);
            ps.setString(4, unitCode);
            ps.setObject(5, submissionId);
            ps.setString(6, cut(detail, 2000));
            ps.setString(7, cut(ip, 64));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("写入审计日志失败", e);
        }
    }

    /** Newest first; units == null means every row (admins). Optional filter by submission. */
    public List<Entry> list(Collection<String> units, Long submissionId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT id, at, user_id, username, action, unit_code, submission_id, detail, ip FROM audit_log WHERE 1=1");
        List<Object> params = new ArrayList<>();
        if (units != null) {
            if (units.isEmpty()) return List.of();
            sql.append(" AND unit_code IN (").append("?,".repeat(units.size() - 1)).append("?)");
            params.addAll(units);
        }
        if (submissionId != null) {
            sql.append(" AND submission_id = ?");
            params.add(submissionId);
        }
        sql.append(" ORDER BY id DESC LIMIT ").append(Math.max(1, Math.min(limit, 5000)));
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
            List<Entry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long uid = rs.getLong(3);
                    Long userId = rs.wasNull() ? null : uid;
                    long sid = rs.getLong(7);
                    Long sub = rs.wasNull() ? null : sid;
                    out.add(new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), userId, rs.getString(4), rs.getString(5),
                            rs.getString(6), sub, rs.getString(8), rs.getString(9)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("读取审计日志失败", e);
        }
    }

    private static String cut(String s, int n) {
        return s == null || s.length() <= n ? s : s.substring(0, n);
    }
}
