package cn.shangwu.audit.store;

import cn.shangwu.audit.Json;
import com.fasterxml.jackson.core.type.TypeReference;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.*;

/** The unit tree, kept in the database and seeded from {@code units.json} (adding counties is data, not code). */
public final class Units {
    private final DataSource ds;

    public Units(DataSource ds) {
        this.ds = ds;
    }

    /** Inserts the units of the bundled data file that are missing; existing rows (maybe edited by an admin) stay. */
    public void seed() {
        List<Unit> units;
        try (InputStream in = Units.class.getResourceAsStream("/units.json")) {
            units = Json.MAPPER.readValue(in, new TypeReference<List<Unit>>() {});
        } catch (IOException e) {
            throw new IllegalStateException("units.json 无法读取", e);
        }
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT IGNORE INTO unit (code, name, parent_code, level) VALUES (?,?,?,?)")) {
            for (Unit u : units) { // parents come first in the file
                bind(ps, u);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreException("单位数据初始化失败", e);
        }
    }

    public List<Unit> all() {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT code, name, parent_code, level FROM unit ORDER BY code");
             ResultSet rs = ps.executeQuery()) {
            List<Unit> out = new ArrayList<>();
            while (rs.next()) out.add(new Unit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            return out;
        } catch (SQLException e) {
            throw new StoreException("读取单位失败", e);
        }
    }

    public Optional<Unit> find(String code) {
        return all().stream().filter(u -> u.code().equals(code)).findFirst();
    }

    /** The unit and every unit below it, parents before children. */
    public List<Unit> subtree(String code) {
        List<Unit> all = all();
        Map<String, List<Unit>> children = new HashMap<>();
        for (Unit u : all) if (u.parent() != null) children.computeIfAbsent(u.parent(), k -> new ArrayList<>()).add(u);
        List<Unit> out = new ArrayList<>();
        all.stream().filter(u -> u.code().equals(code)).findFirst().ifPresent(root -> walk(root, children, out));
        return out;
    }

    /** Whether {@code code} is {@code ancestor} or lies below it. */
    public boolean within(String code, String ancestor) {
        return subtree(ancestor).stream().anyMatch(u -> u.code().equals(code));
    }

    private static void walk(Unit u, Map<String, List<Unit>> children, List<Unit> out) {
        out.add(u);
        for (Unit c : children.getOrDefault(u.code(), List.of())) walk(c, children, out);
    }

    /** Save (insert or update) a unit — the admin's edit. */
    public void save(Unit u) {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO unit (code, name, parent_code, level) VALUES (?,?,?,?) "
                     + "ON DUPLICATE KEY UPDATE name = VALUES(name), parent_code = VALUES(parent_code), level = VALUES(level)")) {
            bind(ps, u);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("保存单位失败", e);
        }
    }

    /** The (code, name, parent_code, level) parameters both writes share. */
    private static void bind(PreparedStatement ps, Unit u) throws SQLException {
        ps.setString(1, u.code());
        ps.setString(2, u.name());
        ps.setString(3, u.parent());
        ps.setString(4, u.level());
    }
}
