package cn.shangwu.audit.consolidate;

import cn.shangwu.audit.Json;
import cn.shangwu.audit.store.StoreException;
import cn.shangwu.audit.template.Fact;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.*;

/** The facts of many filings in one query (a province-level consolidation reads thousands). */
final class Facts {
    private static final TypeReference<Map<String, Fact>> TYPE = new TypeReference<>() {};

    private Facts() {}

    static Map<Long, Map<String, Fact>> load(DataSource ds, List<Long> ids) {
        Map<Long, Map<String, Fact>> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        String in = String.join(",", Collections.nCopies(ids.size(), "?"));
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id, facts_json FROM submission WHERE id IN (" + in + ")")) {
            for (int i = 0; i < ids.size(); i++) ps.setLong(i + 1, ids.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String json = rs.getString(2);
                    out.put(rs.getLong(1), json == null ? Map.of() : Json.MAPPER.readValue(json, TYPE));
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("读取提交数据失败", e);
        }
        return out;
    }
}
