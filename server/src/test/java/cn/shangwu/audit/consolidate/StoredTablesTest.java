package cn.shangwu.audit.consolidate;

import cn.shangwu.audit.read.Upload;
import cn.shangwu.audit.store.Submission;
import cn.shangwu.audit.template.Forms;
import cn.shangwu.audit.testkit.TestDb;
import cn.shangwu.audit.testkit.TestServer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The 决算 tables kept as JSON with each filing: the same figures as the original, the same consolidated bytes. */
class StoredTablesTest {
    private static final String ZHUZHOU = "430200", YOU = "430223", LILING = "430281", CHALING = "430224", YANLING = "430225";

    private static List<byte[]> books() {
        return List.of(new F4Builder("攸县").build(), new F4Builder("醴陵市").times("2.37").clerkCopy().build(),
                new F4Builder("茶陵县").recode("2011308", "2011399", "其他商贸事务支出").build(),
                new F4Builder("炎陵县").without("公开08表").without("公开09表").build());
    }

    @Test
    void theJsonKeepsEveryLabelAndAmountExactly() {
        for (byte[] b : books()) {
            Map<Integer, F4Layout> read = FinalAccounts.layouts(b);
            assertFalse(read.isEmpty());
            Map<Integer, F4Layout> back = StoredTables.parse(StoredTables.json(read));
            assertNotNull(back);
            assertEquals(read.keySet(), back.keySet());
            for (var e : read.entrySet()) {
                F4Layout a = e.getValue(), z = back.get(e.getKey());
                assertEquals(a.width, z.width);
                assertArrayEquals(a.header, z.header);
                assertEquals(a.merges, z.merges);
                assertArrayEquals(a.widths, z.widths);
                assertEquals(a.blocks, z.blocks);
                assertEquals(a.lines.size(), z.lines.size());
                for (int i = 0; i < a.lines.size(); i++) {
                    F4Layout.Line x = a.lines.get(i), y = z.lines.get(i);
                    assertEquals(List.of(x.block(), x.key(), x.name(), x.top()), List.of(y.block(), y.key(), y.name(), y.top()));
                    assertArrayEquals(x.values(), y.values(), "exact decimals, scale kept: " + x.key()); // BigDecimal.equals
                }
            }
        }
    }

    @Test
    void theUploadPathReadsTheSameTablesAsTheOriginal() {
        for (byte[] b : books()) {
            Upload upload = new Upload("决算.xlsx", b);
            upload.grids(); // as after recognition
            assertEquals(StoredTables.json(FinalAccounts.layouts(b)), StoredTables.of(upload));
        }
        assertEquals("{\"format\":1,\"tables\":{}}", StoredTables.json(FinalAccounts.layouts(new byte[]{1, 2, 3})),
                "an unreadable original: every table missing, stored as such");
    }

    @Test
    void storedTablesGiveTheSameWorkbookAsTheOriginals() throws Exception {
        int year = 2037;
        Filings.clear(year);
        List<String> units = List.of(YOU, LILING, CHALING, YANLING);
        List<byte[]> books = books();
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < units.size(); i++)
            ids.add(Filings.accepted(Filings.plain(units.get(i), year, "final-accounts", books.get(i), List.of())).id());
        assertEquals(0, storedRows(ids), "filings stored without their tables (as before V5)");

        // First consolidation: reads the originals and stores their tables.
        Consolidation fromOriginals = new Consolidator(TestDb.get().dataSource(), Forms.standard()).build(ZHUZHOU, year, Consolidator.FINAL_ACCOUNTS).orElseThrow();
        assertEquals(ids.size(), storedRows(ids));
        // A new consolidator (as after a restart) sums the stored tables without opening any original: spoil them to prove it.
        exec("UPDATE submission SET original = x'00' WHERE report_year = " + year);
        Consolidation fromJson = new Consolidator(TestDb.get().dataSource(), Forms.standard())
                .build(ZHUZHOU, year, Consolidator.FINAL_ACCOUNTS).orElseThrow();
        assertEquals(Books.contents(fromOriginals.workbook()), Books.contents(fromJson.workbook()));
        assertEquals(fromOriginals.sha256(), fromJson.sha256(), "same inputs, same bytes");
        assertEquals(fromOriginals.summary().toString(), fromJson.summary().toString());

        // A stored row of another format is read again from the original and replaced.
        for (int i = 0; i < ids.size(); i++)
            try (Connection c = TestDb.get().dataSource().getConnection();
                 PreparedStatement ps = c.prepareStatement("UPDATE submission SET original = ? WHERE id = ?")) {
                ps.setBytes(1, books.get(i));
                ps.setLong(2, ids.get(i));
                ps.executeUpdate();
            }
        exec("UPDATE submission_tables SET tables_json = '{\"format\":0,\"tables\":{}}' WHERE submission_id = " + ids.get(0));
        Consolidation again = new Consolidator(TestDb.get().dataSource(), Forms.standard()).build(ZHUZHOU, year, Consolidator.FINAL_ACCOUNTS).orElseThrow();
        assertEquals(fromOriginals.sha256(), again.sha256());
        assertTrue(json(ids.get(0)).startsWith("{\"format\":1,"));
    }

    @Test
    void anUploadedFilingIsStoredWithItsTablesInTheSameTransaction() throws Exception {
        TestServer server = TestServer.shared();
        byte[] book = new F4Builder("攸县").times("1.5").build();
        var r = server.upload("/api/submissions", "部门决算.xlsx", book, Map.of("unit", YOU, "year", "2038"), server.login("county", YOU));
        assertEquals(201, r.status(), r.text());
        long id = r.json().get("id").asLong();
        assertEquals("final-accounts", template(id));
        assertEquals(StoredTables.json(FinalAccounts.layouts(book)), json(id));
        Map<Integer, F4Layout> t = StoredTables.parse(json(id));
        F4Layout t02 = t.get(2);
        BigDecimal total = t02.lines.stream().filter(l -> l.key().equals("合计")).findFirst().orElseThrow().values()[0];
        assertEquals(0, new BigDecimal("3372.72").multiply(new BigDecimal("1.5")).compareTo(total));
    }

    private static int storedRows(List<Long> ids) throws SQLException {
        int n = 0;
        for (Long id : ids) if (json(id) != null) n++;
        return n;
    }

    private static String json(long id) throws SQLException {
        try (Connection c = TestDb.get().dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT tables_json FROM submission_tables WHERE submission_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static String template(long id) {
        return Filings.SUBMISSIONS.find(id).map(Submission::template).orElse(null);
    }

    private static void exec(String sql) throws SQLException {
        try (Connection c = TestDb.get().dataSource().getConnection()) {
            c.createStatement().executeUpdate(sql);
        }
    }
}
