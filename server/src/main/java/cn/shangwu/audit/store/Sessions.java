package cn.shangwu.audit.store;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.*;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/** Bearer tokens: 256 random bits given to the client once; only their SHA-256 is stored, with an expiry. */
public final class Sessions {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final DataSource ds;
    private final Duration ttl;

    public Sessions(DataSource ds, Duration ttl) {
        this.ds = ds;
        this.ttl = ttl;
    }

    public record Issued(String token, Instant expiresAt) {}

    public Issued issue(long userId) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant expires = Instant.now().plus(ttl);
        try (Connection c = ds.getConnection();
             PreparedStatement old = c.prepareStatement("DELETE FROM login_session WHERE user_id = ? AND expires_at < ?");
             PreparedStatement ps = c.prepareStatement("INSERT INTO login_session (token_sha256, user_id, expires_at) VALUES (?,?,?)")) {
            old.setLong(1, userId);
            old.setTimestamp(2, Timestamp.from(Instant.now()));
            old.executeUpdate();
            ps.setString(1, Submissions.sha256(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            ps.setLong(2, userId);
            ps.setTimestamp(3, Timestamp.from(expires));
            ps.executeUpdate();
            return new Issued(token, expires);
        } catch (SQLException e) {
            throw new StoreException("创建登录会话失败", e);
        }
    }

    /** The user of a valid, unexpired token of an active account. */
    public Optional<User> resolve(String token) {
        if (token == null || token.length() > 100) return Optional.empty();
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT u.id, u.username, u.role, u.unit_code FROM login_session s "
                     + "JOIN app_user u ON u.id = s.user_id WHERE s.token_sha256 = ? AND s.expires_at > ? AND u.active")) {
            ps.setString(1, hash(token));
            ps.setTimestamp(2, Timestamp.from(Instant.now()));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new User(rs.getLong(1), rs.getString(2), Role.parse(rs.getString(3)).orElseThrow(), rs.getString(4)));
            }
        } catch (SQLException e) {
            throw new StoreException("读取登录会话失败", e);
        }
    }

    public void revoke(String token) {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM login_session WHERE token_sha256 = ? OR expires_at < ?")) {
            ps.setString(1, hash(token));
            ps.setTimestamp(2, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("注销失败", e);
        }
    }

    private static String hash(String token) {
        return Submissions.sha256(token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
