package cn.shangwu.audit.consolidate;

import cn.shangwu.audit.store.StoreException;
import cn.shangwu.audit.store.Submission;
import cn.shangwu.audit.store.Submissions;
import cn.shangwu.audit.store.Unit;
import cn.shangwu.audit.store.Units;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.*;

/** Picks, for every unit of a subtree, its latest filing of a form and year, and whether it may be summed. */
public final class Selector {
    public static final String ACCEPTED = "ACCEPTED";

    private final DataSource ds;
    private final Units units;

    public Selector(DataSource ds) {
        this.ds = ds;
        this.units = new Units(ds);
    }

    /** Empty when the root unit does not exist. */
    public Optional<Selection> select(String rootCode, int year, String template) {
        List<Unit> tree = units.subtree(rootCode);
        if (tree.isEmpty()) return Optional.empty();
        Map<String, List<Filing>> byUnit = load(tree, year, template);
        List<Selection.Used> used = new ArrayList<>();
        List<Selection.Absent> absent = new ArrayList<>();
        for (Unit u : tree) {
            List<Filing> filings = byUnit.getOrDefault(u.code(), List.of());
            if (filings.isEmpty()) {
                absent.add(new Selection.Absent(u, "未上报", null, null));
                continue;
            }
            // F1 is filed once per project: the latest version of each project counts; other forms have one filing per unit.
            Map<String, Filing> latest = new LinkedHashMap<>();
            for (Filing f : filings) latest.putIfAbsent(f.project() == null ? "" : f.project(), f); // newest first
            for (Filing f : latest.values()) {
                Submission s = f.submission();
                if (ACCEPTED.equals(s.status())) used.add(new Selection.Used(u, s, f.project()));
                else absent.add(new Selection.Absent(u, "最新版本（第 " + s.version() + " 版）" + statusText(s.status()), s, f.project()));
            }
        }
        return Optional.of(new Selection(tree.get(0), year, template, used, absent));
    }

    static String statusText(String status) {
        return switch (status == null ? "" : status) {
            case "SUBMITTED" -> "待审核";
            case "RETURNED" -> "已退回";
            case ACCEPTED -> "已通过";
            default -> "状态为 " + status;
        };
    }

    private record Filing(Submission submission, String project) {}

    /** Every version of the form for the subtree, newest first per unit; an F1's project is read from the report's meta. */
    private Map<String, List<Filing>> load(List<Unit> tree, int year, String template) {
        String in = String.join(",", Collections.nCopies(tree.size(), "?"));
        // Only F1 is filed per project: other forms' reports (an F4 report can list hundreds of findings) are not parsed.
        String projectOf = Consolidator.PERFORMANCE.equals(template) ? "COALESCE(JSON_VALUE(report_json, '$.meta.project'), "
                + "JSON_VALUE(report_json, '$.meta.\"项目支出名称\"'), JSON_VALUE(report_json, '$.meta.\"项目名称\"'))" : "NULL";
        String sql = "SELECT " + Submissions.columns() + ", " + projectOf + " AS project FROM submission "
                + "WHERE report_year = ? AND template = ? AND unit_code IN (" + in + ") ORDER BY unit_code, version DESC, id DESC";
        Map<String, List<Filing>> out = new HashMap<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setInt(i++, year);
            ps.setString(i++, template);
            for (Unit u : tree) ps.setString(i++, u.code());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Submission s = Submissions.row(rs);
                    String project = rs.getString("project");
                    out.computeIfAbsent(s.unitCode(), k -> new ArrayList<>())
                            .add(new Filing(s, project == null || project.isBlank() ? null : project.strip()));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("读取提交失败", e);
        }
        return out;
    }
}
