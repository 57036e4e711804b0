package cn.shangwu.audit.store;

import at.favre.lib.crypto.bcrypt.BCrypt;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.*;
import java.util.Optional;

/** User accounts; passwords are stored as bcrypt hashes only. */
public final class Users {
    public static final int DEFAULT_COST = 12;
    private final DataSource ds;
    private final int cost;
    /** Compared against when the user does not exist, so a wrong name costs as long as a wrong password. */
    private final String dummyHash;

    public Users(DataSource ds) {
        this(ds, DEFAULT_COST);
    }

    /** A lower cost is for tests only (each test user would otherwise cost ~0.3 s of CPU). */
    public Users(DataSource ds, int cost) {
        this.ds = ds;
        this.cost = cost;
        this.dummyHash = BCrypt.withDefaults().hashToString(cost, "没有这个用户".toCharArray());
    }

    /** Creates a user; throws IllegalArgumentException with a Chinese reason for bad input. */
    public User create(String username, String password, Role role, String unitCode) {
        if (username == null || !username.strip().matches("[\\p{L}\\p{N}_.@-]{2,60}"))
            throw new IllegalArgumentException("用户名应为 2–60 个字母、数字、汉字或 _ . @ -");
        checkPassword(password);
        if (role == null) throw new IllegalArgumentException("角色应为 admin、province、city 或 county");
        String hash = BCrypt.withDefaults().hashToString(cost, password.toCharArray());
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO app_user (username, password_hash, role, unit_code) VALUES (?,?,?,?)",
                     Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, username.strip());
            ps.setString(2, hash);
            ps.setString(3, role.key());
            ps.setString(4, unitCode);
            ps.executeUpdate();
            try (ResultSet k = ps.getGeneratedKeys()) {
                k.next();
                return new User(k.getLong(1), username.strip(), role, unitCode);
            }
        } catch (SQLIntegrityConstraintViolationException e) {
            String m = String.valueOf(e.getMessage());
            throw new IllegalArgumentException(m.contains("unit") ? "没有这个单位代码：" + unitCode : "用户名已存在：" + username);
        } catch (SQLException e) {
            throw new StoreException("创建用户失败", e);
        }
    }

    /** Sets a new password (and re-activates the account); false when there is no such user. Ends the user's sessions. */
    public boolean setPassword(String username, String password) {
        checkPassword(password);
        String hash = BCrypt.withDefaults().hashToString(cost, password.toCharArray());
        return update("UPDATE app_user SET password_hash = ?, active = TRUE WHERE username = ?", hash, username);
    }

    /** Disables the account and ends its sessions; false when there is no such user. */
    public boolean disable(String username) {
        return update("UPDATE app_user SET active = FALSE WHERE username = ?", username);
    }

    private boolean update(String sql, Object... params) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             PreparedStatement end = c.prepareStatement("DELETE s FROM login_session s JOIN app_user u ON u.id = s.user_id WHERE u.username = ?")) {
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
            boolean found = ps.executeUpdate() > 0;
            end.setObject(1, params[params.length - 1]);
            end.executeUpdate();
            return found;
        } catch (SQLException e) {
            throw new StoreException("修改用户失败", e);
        }
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < 8)
            throw new IllegalArgumentException("密码至少 8 位");
        if (password.getBytes(StandardCharsets.UTF_8).length > 72)
            throw new IllegalArgumentException("密码不能超过 72 字节（bcrypt 的上限）");
    }

    /** The active user with this name and password, or empty. */
    public Optional<User> authenticate(String username, String password) {
        if (username == null || password == null) return Optional.empty();
        Optional<Row> row = byName(username.strip());
        String hash = row.map(Row::hash).orElse(dummyHash);
        // bcrypt reads at most 72 bytes; a longer password cannot be ours (create refuses them) but still costs one hash.
        boolean tooLong = password.getBytes(StandardCharsets.UTF_8).length > 72;
        boolean ok = BCrypt.verifyer().verify((tooLong ? "-" : password).toCharArray(), hash.toCharArray()).verified && !tooLong;
        return ok && row.isPresent() && row.get().active() ? Optional.of(row.get().user()) : Optional.empty();
    }

    public Optional<User> find(long id) {
        return one("SELECT id, username, role, unit_code, password_hash, active FROM app_user WHERE id = ?", id).map(Row::user);
    }

    private Optional<Row> byName(String username) {
        return one("SELECT id, username, role, unit_code, password_hash, active FROM app_user WHERE username = ?", username);
    }

    private record Row(User user, String hash, boolean active) {}

    private Optional<Row> one(String sql, Object param) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                Role role = Role.parse(rs.getString("role")).orElseThrow();
                return Optional.of(new Row(new User(rs.getLong("id"), rs.getString("username"), role, rs.getString("unit_code")),
                        rs.getString("password_hash"), rs.getBoolean("active")));
            }
        } catch (SQLException e) {
            throw new StoreException("读取用户失败", e);
        }
    }
}
