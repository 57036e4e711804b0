package cn.shangwu.audit.consolidate;

import cn.shangwu.audit.Json;
import cn.shangwu.audit.store.StoreException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Records every generated consolidation with its inputs (table consolidation, migration V4). */
final class ConsolidationLog {
    private final DataSource ds;

    ConsolidationLog(DataSource ds) {
        this.ds = ds;
    }

    void record(Consolidation c) {
        Selection s = c.selection();
        List<Object> absent = s.absent().stream().<Object>map(a -> java.util.Map.of("unit", a.unit().code(), "reason", a.reason())).toList();
        try (Connection con = ds.getConnection(); PreparedStatement ps = con.prepareStatement("INSERT INTO consolidation "
                + "(unit_code, report_year, template, submission_ids, absent_json, output_sha256, output_size) VALUES (?,?,?,?,?,?,?)")) {
            ps.setString(1, s.root().code());
            ps.setInt(2, s.year());
            ps.setString(3, s.template());
            ps.setString(4, Json.MAPPER.writeValueAsString(s.submissionIds()));
            ps.setString(5, Json.MAPPER.writeValueAsString(absent));
            ps.setString(6, c.sha256());
            ps.setLong(7, c.workbook().length);
            ps.executeUpdate();
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new StoreException("记录汇总失败", e);
        }
    }
}
