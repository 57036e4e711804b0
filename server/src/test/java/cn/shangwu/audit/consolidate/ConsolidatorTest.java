package cn.shangwu.audit.consolidate;

import cn.shangwu.audit.store.Submission;
import cn.shangwu.audit.template.Forms;
import cn.shangwu.audit.testkit.TestDb;
import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Severity;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Consolidation of 株洲市 (430200) over filings built from the seeds, checked against sums computed here. */
class ConsolidatorTest {
    private static final String ZHUZHOU = "430200", YOU = "430223", LILING = "430281", CHALING = "430224", YANLING = "430225",
            LUKOU = "430212";
    private final Consolidator consolidator = new Consolidator(TestDb.get().dataSource(), Forms.standard());

    /** Seed 001's project forms spread over three counties; 炎陵县 not accepted; 渌口区's latest version returned. */
    private static List<Submission> performanceFilings(int year) {
        Filings.clear(year);
        Finding warn = Finding.of("F1.score-deviation", Severity.WARNING, "项目支出绩效自评表", "H20", "实际利用外资未达目标，自评得分高于参考分",
                new BigDecimal("1.00"), new BigDecimal("1.50"));
        List<Submission> used = List.of(
                Filings.accepted(Filings.f1(YOU, year, "重大招商引资专项经费（部门预算）", "120.07", "118.84", "97.2", "96.5", List.of(warn))),
                Filings.accepted(Filings.f1(YOU, year, "跨境电商专项资金", "18.9", "18.9", "100", "100", List.of())),
                Filings.accepted(Filings.f1(LILING, year, "流通产业发展专项资金（部门预算）", "91.82", "81.58", "94.88", "94.88", List.of())),
                Filings.accepted(Filings.f1(LILING, year, "2023年市属商贸企业遗留问题专项经费", "176.67", "139.76", "93.41", "92.91", List.of())),
                Filings.accepted(Filings.f1(CHALING, year, "促消费活动专项资金", "400", "400", "100", "100", List.of())),
                Filings.accepted(Filings.f1(CHALING, year, "省级开放型经济与流通产业发展资金", "197.46", "190.15", "98.89", "98.89", List.of())));
        Filings.f1(YANLING, year, "湘粤非铁海联运", "7092.39", "5608.95", "97.91", "97.91",
                List.of(Finding.of("F1.exec-score", Severity.ERROR, "项目支出绩效自评表", "H8", "执行率得分应为 7.91，填报 9.9")));
        Filings.accepted(Filings.f1(LUKOU, year, "口岸建设专项", "50", "45", "90", "90", List.of()));
        Filings.status(Filings.f1(LUKOU, year, "口岸建设专项", "50", "48", "92", "92", List.of()), "RETURNED");
        return used;
    }

    @Test
    void performanceSumsTheAcceptedProjectsAndWeighsScoresByFunds() throws Exception {
        int year = 2031;
        List<Submission> used = performanceFilings(year);
        Consolidation c = consolidator.consolidate(ZHUZHOU, year, Consolidator.PERFORMANCE).orElseThrow();

        // Independent figures: Σ budget, Σ executed, Σ verified × budget / Σ budget.
        String[][] lines = {{"120.07", "118.84", "96.5"}, {"18.9", "18.9", "100"}, {"91.82", "81.58", "94.88"}, {"176.67", "139.76", "92.91"},
                {"400", "400", "100"}, {"197.46", "190.15", "98.89"}};
        BigDecimal budget = BigDecimal.ZERO, executed = BigDecimal.ZERO, product = BigDecimal.ZERO;
        for (String[] l : lines) {
            budget = budget.add(new BigDecimal(l[0]));
            executed = executed.add(new BigDecimal(l[1]));
            product = product.add(new BigDecimal(l[0]).multiply(new BigDecimal(l[2])));
        }
        BigDecimal weighted = product.divide(budget, 2, RoundingMode.HALF_UP);

        try (XSSFWorkbook wb = Books.open(c.workbook())) {
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Sheet s = wb.getSheet("绩效汇总");
            int total = Books.row(s, 0, "合计");
            assertTrue(total > 0);
            assertEquals(budget.setScale(2), Books.value(s, total, 3));
            assertEquals(executed.setScale(2), Books.value(s, total, 4));
            assertEquals(executed.divide(budget, 4, RoundingMode.HALF_UP), Books.value(s, total, 5, 4));
            assertEquals(weighted, Books.value(s, total + 1, 12));
            // 攸县 小计 row: its two projects.
            int you = -1;
            for (int r = 3; r < total; r++) if (Books.text(s, r, 1).equals("攸县") && Books.text(s, r, 2).equals("小计")) you = r;
            assertTrue(you > 0, "攸县 小计 row");
            assertEquals(new BigDecimal("138.97"), Books.value(s, you, 3));
            assertEquals(new BigDecimal("120.07").multiply(new BigDecimal("96.5")).add(new BigDecimal("18.9").multiply(new BigDecimal("100")))
                    .divide(new BigDecimal("138.97"), 2, RoundingMode.HALF_UP), Books.value(s, you, 7));
            assertEquals(total - 3, used.size() + 3, "six projects and three unit subtotals");

            // Ranking: 茶陵县 has the highest fund-weighted score.
            Sheet rank = wb.getSheet("单位排名");
            assertEquals("1", Books.text(rank, 3, 0));
            assertEquals("茶陵县", Books.text(rank, 3, 2));

            // Charts are native Excel charts.
            XSSFSheet charts = wb.getSheet("图表");
            assertEquals(2, charts.getDrawingPatriarch().getCharts().size());
            assertEquals(new BigDecimal("6.00"), Books.value(charts, 1, 1), "all six projects graded 优");

            String absent = Books.all(wb.getSheet("未上报及未通过"));
            assertTrue(absent.contains("炎陵县") && absent.contains("待审核"), absent);
            assertTrue(absent.contains("渌口区") && absent.contains("已退回"), absent);
            assertTrue(absent.contains("荷塘区\t") && absent.contains("未上报"), absent);
            String usedSheet = Books.all(wb.getSheet("采用版本"));
            for (Submission u : used) assertTrue(usedSheet.contains("\t" + u.id() + "\t"), "used id " + u.id());
            assertFalse(usedSheet.contains("炎陵县"));
            String findings = Books.all(wb.getSheet("问题清单"));
            assertTrue(findings.contains("实际利用外资未达目标") && findings.contains("H20"), findings);
            assertTrue(findings.contains("执行率得分应为 7.91") && findings.contains("否（未通过）"), findings);
        }
        assertEquals(weighted, c.summary().get("weightedScore"));

        // Recorded with its inputs.
        try (Connection con = TestDb.get().dataSource().getConnection();
             PreparedStatement ps = con.prepareStatement("SELECT submission_ids, output_sha256 FROM consolidation WHERE unit_code = ? "
                     + "AND report_year = ? ORDER BY id DESC LIMIT 1")) {
            ps.setString(1, ZHUZHOU);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                for (Submission u : used) assertTrue(rs.getString(1).contains(String.valueOf(u.id())));
                assertEquals(c.sha256(), rs.getString(2));
            }
        }
    }

    @Test
    void sameInputsGiveTheSameWorkbookAndTheProvinceCoversItsCities() throws Exception {
        int year = 2035;
        List<Submission> used = performanceFilings(year);
        Consolidation a = consolidator.build(ZHUZHOU, year, Consolidator.PERFORMANCE).orElseThrow();
        Thread.sleep(2100); // past the 2-second resolution of zip entry times: the bytes must not depend on the clock
        Consolidation b = consolidator.build(ZHUZHOU, year, Consolidator.PERFORMANCE).orElseThrow();
        assertEquals(Books.contents(a.workbook()), Books.contents(b.workbook()));
        assertEquals(a.sha256(), b.sha256(), "same inputs, same bytes");

        Consolidation province = consolidator.build("430000", year, Consolidator.PERFORMANCE).orElseThrow();
        assertEquals(used.stream().map(Submission::id).sorted().toList(), province.selection().submissionIds().stream().sorted().toList());
        assertEquals(a.summary().get("weightedScore"), province.summary().get("weightedScore"));
        assertTrue(province.selection().absent().stream().anyMatch(x -> x.unit().code().equals("430100")), "长沙市 listed as not filed");
    }

    @Test
    void finalAccountsAreSummedCellByCellAndAMissingTableIsListed() throws Exception {
        int year = 2032;
        Filings.clear(year);
        Filings.accepted(Filings.plain(YOU, year, "final-accounts", new F4Builder("攸县").build(), List.of()));
        Filings.accepted(Filings.plain(LILING, year, "final-accounts", new F4Builder("醴陵市").times("2").build(), List.of()));
        Filings.accepted(Filings.plain(CHALING, year, "final-accounts",
                new F4Builder("茶陵县").recode("2011308", "2011399", "其他商贸事务支出").build(), List.of()));
        Filings.accepted(Filings.plain(YANLING, year, "final-accounts",
                new F4Builder("炎陵县").without("公开08表").without("公开09表").build(), List.of()));
        BigDecimal units = new BigDecimal("5"); // factors 1 + 2 + 1 + 1

        Consolidation c = consolidator.consolidate(ZHUZHOU, year, Consolidator.FINAL_ACCOUNTS).orElseThrow();
        try (XSSFWorkbook wb = Books.open(c.workbook())) {
            for (int i = 1; i <= 9; i++) assertNotNull(wb.getSheet("公开0" + i + "表"), "公开0" + i + "表");
            Sheet t02 = wb.getSheet("公开02表");
            assertEquals(new BigDecimal("3372.72").multiply(units), Books.value(t02, Books.row(t02, 0, "合计"), 2));
            assertEquals(new BigDecimal("118.83").multiply(new BigDecimal("4")), Books.value(t02, Books.row(t02, 0, "2011308"), 2));
            int recoded = Books.row(t02, 0, "2011399");
            assertEquals(new BigDecimal("118.83"), Books.value(t02, recoded, 2));
            assertEquals("其他商贸事务支出", Books.text(t02, recoded, 1));
            assertTrue(recoded > Books.row(t02, 0, "2011308") && recoded < Books.row(t02, 0, "208"), "codes in code order");

            Sheet t01 = wb.getSheet("公开01表");
            assertEquals(new BigDecimal("3372.72").multiply(units), Books.value(t01, Books.row(t01, 1, "10"), 2));
            assertEquals(new BigDecimal("830.39").multiply(units), Books.value(t01, Books.row(t01, 4, "17"), 5));

            Sheet t06 = wb.getSheet("公开06表");
            assertEquals(new BigDecimal("1085.42").multiply(units), Books.value(t06, Books.row(t06, 0, "301"), 2));
            assertEquals(new BigDecimal("8.59").multiply(units), Books.value(t06, Books.row(t06, 3, "30212"), 5));
            assertEquals(new BigDecimal("1472.15").multiply(units), Books.value(t06, Books.row(t06, 0, "人员经费合计"), 2));
            assertEquals(new BigDecimal("886.45").multiply(units), Books.value(t06, Books.row(t06, 6, "公用经费合计"), 8));

            Sheet t07 = wb.getSheet("公开07表");
            int data07 = 3 + 4; // three caption rows, four header rows
            assertEquals(new BigDecimal("46.05").multiply(units), Books.value(t07, data07, 6));
            assertEquals(new BigDecimal("20.12").multiply(units), Books.value(t07, data07, 11));

            // 08/09: 炎陵县 did not file them — listed, not summed as zero.
            String overview = Books.all(wb.getSheet("汇总说明"));
            assertTrue(overview.lines().anyMatch(l -> l.startsWith("公开08表") && l.contains("\t3\t1\t炎陵县")), overview);
            assertTrue(overview.lines().anyMatch(l -> l.startsWith("公开02表") && l.contains("\t4\t0\t")), overview);
            assertTrue(Books.all(wb.getSheet("未上报及未通过")).contains("渌口区"));
        }
        @SuppressWarnings("unchecked")
        var tables = (List<Map<String, Object>>) c.summary().get("tables");
        assertEquals(List.of("炎陵县"), tables.get(7).get("missing"));
    }

    @Test
    void aClerksOwnCopyIsReadByItsLabels() throws Exception {
        int year = 2036;
        Filings.clear(year);
        Filings.accepted(Filings.plain(YOU, year, "final-accounts", new F4Builder("攸县").build(), List.of()));
        Filings.accepted(Filings.plain(LILING, year, "final-accounts", new F4Builder("醴陵市").times("2").clerkCopy().build(), List.of()));
        BigDecimal three = new BigDecimal("3");
        Consolidation c = consolidator.build(ZHUZHOU, year, Consolidator.FINAL_ACCOUNTS).orElseThrow();
        try (XSSFWorkbook wb = Books.open(c.workbook())) {
            Sheet t02 = wb.getSheet("公开02表");
            assertEquals(new BigDecimal("3372.72").multiply(three), Books.value(t02, Books.row(t02, 0, "合计"), 2));
            assertEquals(new BigDecimal("402.5").multiply(three).setScale(2), Books.value(t02, Books.row(t02, 0, "2160299"), 3));
            Sheet t01 = wb.getSheet("公开01表");
            assertEquals(new BigDecimal("3372.72").multiply(three), Books.value(t01, Books.row(t01, 1, "13"), 2));
            Sheet t06 = wb.getSheet("公开06表");
            assertEquals(new BigDecimal("1085.42").multiply(three), Books.value(t06, Books.row(t06, 0, "301"), 2));
            Sheet t07 = wb.getSheet("公开07表");
            assertEquals(new BigDecimal("46.05").multiply(three), Books.value(t07, 7, 0));
            String overview = Books.all(wb.getSheet("汇总说明"));
            for (int i = 1; i <= 9; i++) {
                String table = "公开0" + i + "表";
                assertTrue(overview.lines().anyMatch(l -> l.startsWith(table) && l.contains("\t2\t0\t")), overview);
            }
        }
    }

    @Test
    void fundExecutionListsEveryRowWithUnitSubtotalsAndTheTotalRate() throws Exception {
        int year = 2033;
        Filings.clear(year);
        Filings.accepted(Filings.plain(YOU, year, "fund-execution", F5Builder.build(F5Builder.CHANGSHA), List.of()));
        Filings.accepted(Filings.plain(LILING, year, "fund-execution", F5Builder.build(F5Builder.DEPT), List.of()));
        Filings.accepted(Filings.plain(CHALING, year, "fund-execution", F5Builder.build(F5Builder.DIRECT),
                List.of(Finding.of("F5.paid-over-budget", Severity.WARNING, "附件2", "G6", "支付金额超过预算金额且备注为空"))));
        Filings.plain(YANLING, year, "fund-execution", F5Builder.build(F5Builder.DIRECT), List.of());
        List<List<String>> all = List.of(F5Builder.CHANGSHA, F5Builder.DEPT, F5Builder.DIRECT);
        BigDecimal budget = BigDecimal.ZERO, paid = BigDecimal.ZERO;
        for (List<String> rows : all) {
            budget = budget.add(F5Builder.sum(rows, 4));
            paid = paid.add(F5Builder.sum(rows, 6));
        }

        Consolidation c = consolidator.consolidate(ZHUZHOU, year, Consolidator.FUND_EXECUTION).orElseThrow();
        try (XSSFWorkbook wb = Books.open(c.workbook())) {
            Sheet s = wb.getSheet("专项资金执行汇总");
            int total = Books.row(s, 0, "合计");
            assertEquals(3 + 5 + 9 + 7 + 3, total, "21 rows and three subtotals below the header");
            assertEquals(budget.setScale(2), Books.value(s, total, 5));
            assertEquals(paid.setScale(2), Books.value(s, total, 7));
            assertEquals(paid.divide(budget, 4, RoundingMode.HALF_UP), Books.value(s, total, 8, 4));
            int liling = Books.row(s, 1, "醴陵市 小计");
            assertEquals(F5Builder.sum(F5Builder.DEPT, 4).setScale(2), Books.value(s, liling, 5));
            assertEquals(F5Builder.sum(F5Builder.DEPT, 6).setScale(2), Books.value(s, liling, 7));
            // 003 row 4: 3,263.63 / 11,400.00 = 28.63 %.
            int row4 = Books.row(s, 4, "国际通道建设资金");
            assertEquals(new BigDecimal("0.2863"), Books.value(s, row4, 8, 4));
            assertTrue(Books.all(wb.getSheet("问题清单")).contains("支付金额超过预算金额且备注为空"));
            assertTrue(Books.all(wb.getSheet("未上报及未通过")).contains("炎陵县"));
        }
        assertEquals(0, budget.compareTo((BigDecimal) c.summary().get("budget")));
    }

    @Test
    void anUnknownUnitGivesNothingAndAnUnknownTemplateIsRefused() {
        assertTrue(consolidator.build("999999", 2031, Consolidator.PERFORMANCE).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> consolidator.build(ZHUZHOU, 2031, "dept-basic-data"));
    }
}
