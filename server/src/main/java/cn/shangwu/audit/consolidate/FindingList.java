package cn.shangwu.audit.consolidate;

import cn.shangwu.audit.store.StoreException;
import cn.shangwu.audit.store.Submission;
import cn.shangwu.audit.store.Unit;
import cn.shangwu.audit.verify.Severity;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.*;

/** Reads the findings of the filings a consolidation looked at (used ones and latest not-accepted ones). */
final class FindingList {
    private FindingList() {}

    static List<UnitFinding> load(DataSource ds, Selection sel, String formName) {
        record Src(Unit unit, Submission s, String project, String used) {}
        Map<Long, Src> byId = new LinkedHashMap<>();
        for (Selection.Used u : sel.used()) byId.put(u.submission().id(), new Src(u.unit(), u.submission(), u.project(), "是"));
        for (Selection.Absent a : sel.absent())
            if (a.latest() != null) byId.put(a.latest().id(), new Src(a.unit(), a.latest(), a.project(), "否（未通过）"));
        if (byId.isEmpty()) return List.of();
        String in = String.join(",", Collections.nCopies(byId.size(), "?"));
        String sql = "SELECT submission_id, seq, rule_id, severity, sheet, cell, message, expected, actual FROM finding "
                + "WHERE submission_id IN (" + in + ") ORDER BY submission_id, seq";
        Map<Long, List<UnitFinding>> found = new HashMap<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (Long id : byId.keySet()) ps.setLong(i++, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Src src = byId.get(rs.getLong(1));
                    found.computeIfAbsent(src.s().id(), k -> new ArrayList<>()).add(new UnitFinding(src.unit().code(), src.unit().name(),
                            src.s().id(), src.s().version(), formName, src.project(), rs.getString("sheet"), rs.getString("cell"),
                            rs.getString("rule_id"), severityLabel(rs.getString("severity")), rs.getString("message"),
                            rs.getBigDecimal("expected"), rs.getBigDecimal("actual"), src.used()));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("读取审核结果失败", e);
        }
        // Units in tree order (the selection's order), each unit's findings in the order its report lists them.
        List<UnitFinding> out = new ArrayList<>();
        List<Src> ordered = new ArrayList<>(byId.values());
        ordered.sort(Comparator.comparing((Src s) -> s.unit().code()).thenComparing(s -> s.s().id()));
        for (Src s : ordered) out.addAll(found.getOrDefault(s.s().id(), List.of()));
        return out;
    }

    static String severityLabel(String s) {
        try {
            Severity v = Severity.valueOf(s);
            return v.name() + " " + v.label();
        } catch (RuntimeException e) {
            return s;
        }
    }
}
