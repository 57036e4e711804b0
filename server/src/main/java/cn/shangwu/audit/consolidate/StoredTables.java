package cn.shangwu.audit.consolidate;

import cn.shangwu.audit.Json;
import cn.shangwu.audit.read.Upload;
import cn.shangwu.audit.store.StoreException;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.poi.ss.util.CellRangeAddress;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.*;
import java.util.function.LongFunction;

/**
 * The nine 决算 tables of each filing as the consolidation sums them (an {@link F4Layout} per table), kept as JSON in
 * {@code submission_tables}: written with the submission at upload, where the form has the workbook open anyway, so a
 * consolidation reads one small row per unit instead of re-opening every original. Rows stored before that (or in an
 * older format) are read from the original once and stored then. Amounts travel as decimal text: exact, scale kept.
 */
public final class StoredTables {
    /** Bump when {@link F4Layout} reads differently: stored rows of another format are re-read from their originals. */
    static final int FORMAT = 1;

    private final DataSource ds;
    /** Parsed tables by submission id: a stored filing never changes. Per instance, so a new consolidator starts cold. */
    private final Map<Long, Map<Integer, F4Layout>> memory = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Map<Integer, F4Layout>> e) {
            return size() > 1000; // a province's filings of a year, a few times over; the database has the rest
        }
    });

    StoredTables(DataSource ds) {
        this.ds = ds;
    }

    /**
     * The payload of an upload of the 决算 tables, read from the grids the form has already built; call it before the
     * workbook is annotated (the 审核结果 sheet must not be taken for a table). Null when it cannot be read: the
     * consolidation then reads the original, as for older filings.
     */
    public static String of(Upload upload) {
        try {
            return json(FinalAccounts.layouts(upload));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Each used filing's tables in order: from memory, else the stored JSON, else its original (then stored). */
    List<Map<Integer, F4Layout>> load(List<Selection.Used> used, LongFunction<byte[]> originals) {
        List<Long> ids = used.stream().map(u -> u.submission().id()).toList();
        Map<Long, Map<Integer, F4Layout>> found = new HashMap<>();
        List<Long> wanted = new ArrayList<>();
        for (Long id : ids) {
            Map<Integer, F4Layout> m = memory.get(id);
            if (m != null) found.put(id, m);
            else wanted.add(id);
        }
        if (!wanted.isEmpty()) {
            Map<Long, String> stored = select(wanted);
            Map<Long, Map<Integer, F4Layout>> parsed = new HashMap<>();
            stored.entrySet().parallelStream().forEach(e -> {
                Map<Integer, F4Layout> m = parse(e.getValue());
                if (m != null) synchronized (parsed) { parsed.put(e.getKey(), m); }
            });
            List<Long> missing = wanted.stream().filter(id -> !parsed.containsKey(id)).distinct().toList();
            Map<Long, Map<Integer, F4Layout>> read = new HashMap<>();
            missing.parallelStream().forEach(id -> {
                Map<Integer, F4Layout> m = FinalAccounts.layouts(originals.apply(id));
                synchronized (read) { read.put(id, m); }
            });
            if (!read.isEmpty()) save(read);
            parsed.putAll(read);
            parsed.forEach(memory::put);
            found.putAll(parsed);
        }
        return ids.stream().map(found::get).toList();
    }

    private Map<Long, String> select(List<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 1000));
            String in = String.join(",", Collections.nCopies(part.size(), "?"));
            try (Connection c = ds.getConnection();
                 PreparedStatement ps = c.prepareStatement("SELECT submission_id, tables_json FROM submission_tables WHERE submission_id IN (" + in + ")")) {
                for (int i = 0; i < part.size(); i++) ps.setLong(i + 1, part.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.put(rs.getLong(1), rs.getString(2));
                }
            } catch (SQLException e) {
                throw new StoreException("读取决算表数据失败", e);
            }
        }
        return out;
    }

    /** Stores tables read from originals, replacing rows of an older format. */
    private void save(Map<Long, Map<Integer, F4Layout>> read) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO submission_tables (submission_id, tables_json) "
                + "SELECT id, ? FROM submission WHERE id = ? ON DUPLICATE KEY UPDATE tables_json = VALUES(tables_json)")) {
            for (var e : new TreeMap<>(read).entrySet()) {
                ps.setString(1, json(e.getValue()));
                ps.setLong(2, e.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("保存决算表数据失败", e);
        }
    }

    /** The stored form of one table: the layout with amounts as decimal text (null for an empty cell). */
    record Stored(int width, String[][] header, int[][] merges, int[] widths, List<F4Layout.Block> blocks, List<Row> lines) {}

    record Row(int b, String k, String n, boolean t, String[] v) {}

    record Payload(int format, Map<Integer, Stored> tables) {}

    static String json(Map<Integer, F4Layout> layouts) {
        Map<Integer, Stored> tables = new TreeMap<>();
        layouts.forEach((no, l) -> {
            int[][] merges = l.merges.stream().map(m -> new int[]{m.getFirstRow(), m.getLastRow(), m.getFirstColumn(), m.getLastColumn()})
                    .toArray(int[][]::new);
            List<Row> rows = new ArrayList<>(l.lines.size());
            for (F4Layout.Line line : l.lines) {
                String[] v = new String[line.values().length];
                for (int i = 0; i < v.length; i++) v[i] = line.values()[i] == null ? null : line.values()[i].toString();
                rows.add(new Row(line.block(), line.key(), line.name(), line.top(), v));
            }
            tables.put(no, new Stored(l.width, l.header, merges, l.widths, l.blocks, rows));
        });
        try {
            return Json.MAPPER.writeValueAsString(new Payload(FORMAT, tables));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tables of a stored payload; null when it is of another format or unreadable (then the original is read). */
    static Map<Integer, F4Layout> parse(String json) {
        try {
            Payload p = Json.MAPPER.readValue(json, Payload.class);
            if (p.format() != FORMAT || p.tables() == null) return null;
            Map<Integer, F4Layout> out = new HashMap<>();
            p.tables().forEach((no, t) -> {
                List<CellRangeAddress> merges = new ArrayList<>();
                for (int[] m : t.merges()) merges.add(new CellRangeAddress(m[0], m[1], m[2], m[3]));
                List<F4Layout.Line> lines = new ArrayList<>(t.lines().size());
                for (Row r : t.lines()) {
                    BigDecimal[] v = new BigDecimal[r.v().length];
                    for (int i = 0; i < v.length; i++) v[i] = r.v()[i] == null ? null : new BigDecimal(r.v()[i]);
                    lines.add(new F4Layout.Line(r.b(), r.k(), r.n(), v, r.t()));
                }
                out.put(no, new F4Layout(t.width(), t.header(), merges, t.widths(), t.blocks(), lines));
            });
            return Map.copyOf(out);
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }
}
