package cn.shangwu.audit.form.basicdata;

import cn.shangwu.audit.form.finalaccounts.BlankBook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The blank 部门整体支出绩效评价基础数据表 (001 附件1 layout): 财政供养人员, 经费控制 in three columns, ten 专项 rows
 * (insert more as needed), 公用经费, 楼堂馆所; sums and 控制率 as formulas, input cells unlocked.
 */
final class BasicDataBlank {
    static final int SPECIAL_ROWS = 10;

    private BasicDataBlank() {}

    static byte[] build() {
        BlankBook b = new BlankBook();
        XSSFSheet s = b.sheet("基础数据表", "部门（单位）整体支出绩效评价基础数据表", null, 6, false);
        CellStyle pct = b.wb.createCellStyle();
        pct.cloneStyleFrom(b.formula);
        pct.setDataFormat(b.wb.createDataFormat().getFormat("0.0%"));
        b.put(s, 3, 0, "财政供养人员情况（人）", b.header);
        b.put(s, 3, 1, "编制数", b.header);
        b.put(s, 3, 2, "实际在职人数", b.header);
        b.put(s, 3, 3, "控制率", b.header);
        b.cell(s, 4, 0, b.label);
        b.cell(s, 4, 1, b.input);
        b.cell(s, 4, 2, b.input);
        b.formula(s, 4, 3, "IF(B5=0,0,C5/B5)").setCellStyle(pct);
        b.put(s, 5, 0, "经费控制情况（万元）", b.header);
        b.put(s, 5, 1, "上年决算数", b.header);
        b.put(s, 5, 2, "本年预算数", b.header);
        b.put(s, 5, 3, "本年决算数", b.header);
        String[] labels = {"三公经费", "1、公务用车购置和维护经费", "其中：公车购置", "公车运行维护", "2、出国经费", "3、公务接待",
                "项目支出：", "1、业务工作经费", "2、运行维护经费", "3、市级专项资金（一个专项一行）"};
        int r0 = 6;
        for (int i = 0; i < labels.length; i++) {
            b.put(s, r0 + i, 0, labels[i], b.label);
            for (int c = 1; c <= 3; c++) b.cell(s, r0 + i, c, b.input);
        }
        int firstItem = r0 + labels.length, lastItem = firstItem + SPECIAL_ROWS - 1;
        for (int r = firstItem; r <= lastItem; r++) {
            b.cell(s, r, 0, b.inputText);
            for (int c = 1; c <= 3; c++) b.cell(s, r, c, b.input);
        }
        int after = lastItem + 1;
        String[] tail = {"公用经费", "其中：办公经费", "水费、电费、差旅费", "会议费、培训费", "政府采购金额", "部门基本支出预算调整"};
        for (int i = 0; i < tail.length; i++) {
            b.put(s, after + i, 0, tail[i], b.label);
            for (int c = 1; c <= 3; c++) b.cell(s, after + i, c, b.input);
        }
        for (int c = 1; c <= 3; c++) {
            String L = BlankBook.col(c);
            b.formula(s, r0, c, L + (r0 + 2) + "+" + L + (r0 + 5) + "+" + L + (r0 + 6));
            b.formula(s, r0 + 1, c, L + (r0 + 3) + "+" + L + (r0 + 4));
            b.formula(s, r0 + 6, c, L + (r0 + 8) + "+" + L + (r0 + 9) + "+" + L + (r0 + 10));
            b.formula(s, r0 + 9, c, "SUM(" + L + (firstItem + 1) + ":" + L + (lastItem + 1) + ")");
        }
        int bh = after + tail.length + 1;
        String[] bhead = {"楼堂馆所控制情况（本年完工项目）", "批复规模（㎡）", "实际规模（㎡）", "规模控制率", "预算投资（万元）", "实际投资（万元）", "投资概算控制率"};
        for (int c = 0; c < bhead.length; c++) b.put(s, bh, c, bhead[c], b.header);
        for (int r = bh + 1; r <= bh + 3; r++) {
            b.cell(s, r, 0, b.inputText);
            for (int c : new int[]{1, 2, 4, 5}) b.cell(s, r, c, b.input);
            int x = r + 1;
            b.formula(s, r, 3, "IF(B" + x + "=0,0,C" + x + "/B" + x + ")").setCellStyle(pct);
            b.formula(s, r, 6, "IF(E" + x + "=0,0,F" + x + "/E" + x + ")").setCellStyle(pct);
        }
        int m = bh + 5;
        b.put(s, m, 0, "厉行节约保障措施", b.label);
        b.merged(s, m, m, 1, 6, "", b.inputText);
        b.put(s, m + 2, 0, "说明：“项目支出”需要填报基本支出以外的所有项目支出情况，“公用经费”填报基本支出中的一般商品和服务支出。", b.plain);
        b.put(s, m + 3, 0, "填表人：", b.plain);
        b.put(s, m + 3, 2, "填报日期：", b.plain);
        b.put(s, m + 3, 4, "联系电话：", b.plain);
        b.put(s, m + 3, 5, "单位负责人签字：", b.plain);
        for (int c = 0; c < 7; c++) s.setColumnWidth(c, (c == 0 ? 40 : 14) * 256);
        return b.finish(BasicDataForm.ID, BasicDataForm.VERSION);
    }
}
