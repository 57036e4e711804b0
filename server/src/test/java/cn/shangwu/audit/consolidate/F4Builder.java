package cn.shangwu.audit.consolidate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.*;

/**
 * Builds a 部门决算 公开01–09表 workbook from seed 001 (株洲市商务局 2023), tab-separated as in the seed text.
 * Amounts can be scaled (exactly) per unit, codes renamed, tables left out — so tests know the sums independently.
 */
public final class F4Builder {
    /** Header lines then data lines per table; "|" separates header from data. */
    static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("公开01表", """
                收入\t\t\t支出\t\t
                项 目\t行次\t决算数\t项 目\t行次\t决算数
                栏 次\t\t1\t栏 次\t\t2
                |
                一、一般公共预算财政拨款收入\t1\t3372.72\t一、一般公共服务支出\t14\t1835.74
                二、政府性基金预算财政拨款收入\t2\t\t二、社会保障和就业支出\t15\t474.8
                三、国有资本经营预算财政拨款收入\t3\t\t三、卫生健康支出\t16\t142.88
                四、上级补助收入\t4\t\t四、商业服务业等支出\t17\t830.39
                五、事业收入\t5\t\t五、住房保障支出\t18\t88.91
                六、经营收入\t6\t\t\t19\t
                七、附属单位上缴收入\t7\t\t\t20\t
                八、其他收入\t8\t\t\t21\t
                \t9\t\t\t22\t
                本年收入合计\t10\t3372.72\t本年支出合计\t23\t3372.72
                使用非财政拨款结余\t11\t\t结余分配\t24\t
                年初结转和结余\t12\t\t年末结转和结余\t25\t
                总计\t13\t3372.72\t总计\t26\t3372.72
                """);
        String codes = """
                合计\t\t3372.72\t3372.72
                201\t一般公共服务支出\t1835.74\t1835.74
                20101\t人大事务\t64.9\t64.9
                2010101\t行政运行\t64.9\t64.9
                20113\t商贸事务\t1770.84\t1770.84
                2011301\t行政运行\t1652.01\t1652.01
                2011308\t招商引资\t118.83\t118.83
                208\t社会保障和就业支出\t474.8\t474.8
                20805\t行政事业单位养老支出\t395\t395
                2080501\t行政单位离退休\t238\t238
                2080505\t机关事业单位基本养老保险缴费支出\t104.67\t104.67
                2080506\t机关事业单位职业年金缴费支出\t52.33\t52.33
                20808\t抚恤\t77.05\t77.05
                2080801\t死亡抚恤\t77.05\t77.05
                20899\t其他社会保障和就业支出\t2.75\t2.75
                2089999\t其他社会保障和就业支出\t2.75\t2.75
                210\t卫生健康支出\t142.88\t142.88
                21011\t行政事业单位医疗\t142.88\t142.88
                2101101\t行政单位医疗\t43.14\t43.14
                2101199\t其他行政事业单位医疗支出\t99.74\t99.74
                216\t商业服务业等支出\t830.39\t830.39
                21602\t商业流通事务\t402.5\t402.5
                2160299\t其他商业流通事务支出\t402.5\t402.5
                21606\t涉外发展服务支出\t27.89\t27.89
                2160699\t其他涉外发展服务支出\t27.89\t27.89
                21699\t其他商业服务业等支出\t400\t400
                2169999\t其他商业服务业等支出\t400\t400
                221\t住房保障支出\t88.91\t88.91
                22102\t住房改革支出\t88.91\t88.91
                2210201\t住房公积金\t88.91\t88.91
                """;
        TABLES.put("公开02表", """
                项 目\t\t本年收入合计\t财政拨款收入\t上级补助收入\t事业收入\t经营收入\t附属单位上缴收入\t其他收入
                功能分类科目编码\t科目名称\t\t\t\t\t\t\t
                栏次\t\t1\t2\t3\t4\t5\t6\t7
                |
                """ + codes);
        TABLES.put("公开03表", """
                项 目\t\t本年支出合计\t基本支出\t项目支出\t上缴上级支出\t经营支出\t对附属单位补助支出
                功能分类科目编码\t科目名称\t\t\t\t\t\t
                栏次\t\t1\t2\t3\t4\t5\t6
                |
                合计\t\t3372.72\t2358.6\t1014.12
                201\t一般公共服务支出\t1835.74\t1652.01\t183.73
                20101\t人大事务\t64.9\t0\t64.9
                2010101\t行政运行\t64.9\t\t64.9
                20113\t商贸事务\t1770.84\t1652.01\t118.83
                2011301\t行政运行\t1652.01\t1652.01\t
                2011308\t招商引资\t118.83\t\t118.83
                208\t社会保障和就业支出\t474.8\t474.8
                210\t卫生健康支出\t142.88\t142.88
                216\t商业服务业等支出\t830.39\t\t830.39
                221\t住房保障支出\t88.91\t88.91
                """);
        TABLES.put("公开04表", """
                收入\t\t\t支出\t\t\t\t\t
                项 目\t行次\t金额\t项 目\t行次\t合计\t一般公共预算财政拨款\t政府性基金预算财政拨款\t国有资本经营预算财政拨款
                栏 次\t\t1\t栏 次\t\t2\t3\t4\t5
                |
                一、一般公共预算财政拨款\t1\t3372.72\t一、一般公共服务支出\t14\t1835.74\t1835.74
                二、政府性基金预算财政拨款\t2\t\t二、社会保障和就业支出\t15\t474.8\t474.8
                三、国有资本经营预算财政拨款\t3\t\t三、卫生健康支出\t16\t142.88\t142.88
                \t4\t\t四、商业服务业等支出\t17\t830.39\t830.39
                \t5\t\t五、住房保障支出\t18\t88.91\t88.91
                本年收入合计\t8\t3372.72\t本年支出合计\t21\t3372.72\t3372.72
                总计\t13\t3372.72\t总计\t26\t3372.72\t3372.72
                """);
        TABLES.put("公开05表", """
                项 目\t\t本年支出\t\t
                功能分类科目编码\t科目名称\t小计\t基本支出\t项目支出
                栏次\t\t1\t2\t3
                |
                合计\t\t3372.72\t2358.6\t1014.12
                201\t一般公共服务支出\t1835.74\t1652.01\t183.73
                2011308\t招商引资\t118.83\t\t118.83
                208\t社会保障和就业支出\t474.8\t474.8\t
                210\t卫生健康支出\t142.88\t142.88\t
                216\t商业服务业等支出\t830.39\t\t830.39
                221\t住房保障支出\t88.91\t88.91\t
                """);
        TABLES.put("公开06表", """
                经济分类科目编码\t科目名称\t决算数\t经济分类科目编码\t科目名称\t决算数\t经济分类科目编码\t科目名称\t决算数
                |
                301\t工资福利支出\t1,085.42\t302\t商品和服务支出\t859.41\t307\t债务利息及费用支出\t
                30101\t基本工资\t296.94\t30201\t办公费\t35.27\t30701\t国内债务付息\t
                30102\t津贴补贴\t185.79\t30202\t印刷费\t13.59\t310\t资本性支出\t27.04
                30103\t奖金\t251.07\t30212\t因公出国（境）费用\t8.59\t31002\t办公设备购置\t3.14
                303\t对个人和家庭的补助\t386.73\t30217\t公务接待费\t10.34\t31003\t专用设备购置\t23.9
                30301\t离休费\t65.77\t30231\t公务用车运行维护费\t17.34\t399\t其他支出\t
                人员经费合计\t\t1472.15\t\t\t\t公用经费合计\t\t886.45
                """);
        TABLES.put("公开07表", """
                预算数\t\t\t\t\t\t决算数\t\t\t\t\t
                合计\t因公出国(境)费\t公务用车购置及运行费\t\t\t公务接待费\t合计\t因公出国(境)费\t公务用车购置及运行费\t\t\t公务接待费
                \t\t小计\t公务用车购置费\t公务用车运行费\t\t\t\t小计\t公务用车购置费\t公务用车运行费\t
                1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12
                |
                46.05\t8.59\t17.34\t0\t17.34\t20.12\t46.05\t8.59\t17.34\t0\t17.34\t20.12
                """);
        TABLES.put("公开08表", """
                项 目\t\t年初结转和结余\t本年收入\t本年支出\t\t\t年末结转和结余
                功能分类科目编码\t科目名称\t\t\t小计\t基本支出\t项目支出\t
                栏次\t\t1\t2\t3\t4\t5\t6
                |
                合计\t\t\t\t\t\t\t
                """);
        TABLES.put("公开09表", """
                项 目\t\t本年支出\t\t
                功能分类科目编码\t科目名称\t合计\t基本支出\t项目支出
                栏次\t\t1\t2\t3
                |
                合计\t\t\t\t
                """);
    }

    private final String unit;
    private BigDecimal factor = BigDecimal.ONE;
    private final Set<String> without = new HashSet<>();
    private final Map<String, String[]> recode = new HashMap<>();
    private boolean clerkCopy;

    public F4Builder(String unit) {
        this.unit = unit;
    }

    public F4Builder times(String f) {
        factor = new BigDecimal(f);
        return this;
    }

    public F4Builder without(String sheet) {
        without.add(sheet);
        return this;
    }

    /**
     * A clerk's own copy: sheets named Sheet1…, the table known only by its 公开 0N 表 mark, a blank row after every
     * fourth data line and the header's first cell merged across two columns.
     */
    public F4Builder clerkCopy() {
        clerkCopy = true;
        return this;
    }

    /** Files the amounts of one code under another code and name (a unit that classifies a line differently). */
    public F4Builder recode(String from, String to, String name) {
        recode.put(from, new String[]{to, name});
        return this;
    }

    private static boolean isAmount(String s) {
        return s.replace(",", "").matches("-?\\d+(\\.\\d+)?");
    }

    public byte[] build() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int no = 1;
            for (Map.Entry<String, String> e : TABLES.entrySet()) {
                String sheet = e.getKey();
                if (without.contains(sheet)) { no++; continue; }
                Sheet s = wb.createSheet(clerkCopy ? "Sheet" + no : sheet);
                int r = 0;
                text(s, r++, 0, FinalAccounts.TABLES.get(no - 1).title());
                text(s, r++, 0, "公开 0" + no + " 表");
                text(s, r++, 0, "部门：" + unit + "商务局");
                text(s, r++, 0, "单位：万元");
                String[] parts = e.getValue().split("\\|\n", 2);
                int headerRow = r;
                for (String line : parts[0].lines().toList()) writeLine(s, sheet, r++, line.split("\t", -1), false);
                if (clerkCopy && (no == 2 || no == 3 || no == 5)) s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(headerRow, headerRow, 0, 1));
                int n = 0;
                for (String line : parts[1].lines().toList()) {
                    if (clerkCopy && n++ % 4 == 3) r++;
                    String[] c = line.split("\t", -1);
                    if (recode.containsKey(c[0])) {
                        String[] to = recode.get(c[0]);
                        c[0] = to[0];
                        c[1] = to[1];
                    }
                    writeLine(s, sheet, r++, c, true);
                }
                text(s, r + 1, 0, "注：本表反映部门本年度情况。");
                no++;
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeLine(Sheet s, String table, int r, String[] cells, boolean data) {
        Row row = s.createRow(r);
        for (int c = 0; c < cells.length; c++) {
            String v = cells[c];
            if (s.getSheetName().startsWith("Sheet") && !data && c == 0 && !v.isEmpty()) v = " " + v + " ";
            if (v.isEmpty()) continue;
            Cell cell = row.createCell(c);
            if (data && isAmount(v) && !isCode(table, cells, c) && !isLineNo(table, c)) {
                BigDecimal x = new BigDecimal(v.replace(",", "")).multiply(factor);
                // One amount typed with a thousands separator, as clerks do: the reader must still sum it.
                if (v.contains(",")) cell.setCellValue(String.format("%,.2f", x));
                else cell.setCellValue(x.doubleValue());
            } else cell.setCellValue(v);
        }
    }

    /** Codes are whole numbers followed by a name cell; 01/04 have 行次 instead of codes. */
    private static boolean isCode(String table, String[] cells, int c) {
        if (table.equals("公开01表") || table.equals("公开04表")) return false;
        return cells[c].matches("\\d{3,7}") && c + 1 < cells.length && !cells[c + 1].isEmpty() && !isAmount(cells[c + 1]);
    }

    /** 行次 in 01/04 is the column after a label (or empty label), holding small integers that are not summed. */
    private static boolean isLineNo(String table, int c) {
        if (!table.equals("公开01表") && !table.equals("公开04表")) return false;
        return c == 1 || c == 4;
    }

    private static void text(Sheet s, int r, int c, String v) {
        Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
        row.createCell(c).setCellValue(v);
    }
}
