package cn.shangwu.audit.consolidate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/** Builds an F5 专项资金预算执行明细表 from rows of seed 003 附件2 ("|"-separated as in the seed text). */
final class F5Builder {
    /** Seed 003 附件2 rows 1–5, 170–178 and 179–185: 序号 | 县市区/单位 | 指标文号 | 项目名称 | 预算金额 | 备注 | 支付金额 | 支付比率. */
    static final List<String> CHANGSHA = List.of(
            "1 | 长沙市本级及所辖区 | 湘财外指〔2024〕8号 | 真抓实干成效明显地区奖励资金 | 300.00 | 恢复和扩大消费成效明显 | - | 0.00%",
            "2 | 长沙市本级及所辖区 | 湘财外指〔2024〕8号 | 真抓实干成效明显地区奖励资金 | 100.00 | 打造内陆地区改革开放高地成效明显(雨花区) | - | 0.00%",
            "3 | 长沙市本级及所辖区 | 湘财外指〔2024〕9号 | 第一批“惠购湘车”汽车置换更新补贴资金 | 2,750.00 | | 2,750.00 | 100.00%",
            "4 | 长沙市本级及所辖区 | 湘财外指〔2024〕16号 | 国际通道建设资金 | 11,400.00 | 国际航线 | 3,263.63 | 28.63%",
            "5 | 长沙市本级及所辖区 | 湘财外指〔2024〕17号 | 外贸稳增长资金 | 706.00 | 加工贸易 | - | 0.00%");
    static final List<String> DEPT = List.of(
            "170 | 省商务厅 | 湘财外指〔2024〕21号 | 重点展会等资金 | 320.00 | 进博会 | 320.00 | 100.00%",
            "171 | 省商务厅 | 湘财外指〔2024〕21号 | 重点展会等资金 | 60.00 | 进博会 | 25.22 | 42.04%",
            "172 | 省商务厅 | 湘财外指〔2024〕21号 | 重点展会等资金 | 20.00 | 进博会 | 20.00 | 100.00%",
            "173 | 省商务厅 | 湘财外指〔2024〕21号 | 重点展会等资金 | 394.00 | “味道湖南”美食季活动 | 244.72 | 62.11%",
            "174 | 省商务厅 | 湘财外指〔2024〕21号 | 重点展会等资金 | 89.00 | 家政服务促消费活动 | 89.00 | 100.00%",
            "175 | 省商务厅 | 湘财外指〔2024〕21号 | 重点展会等资金 | 2,015.00 | 中非经贸博览会2024年对非经贸交流系列活动 | 2,015.00 | 100.00%",
            "176 | 省商务厅 | 湘财外指〔2024〕21号 | 重点展会等资金 | 273.00 | 湘商回归 | 267.31 | 97.91%",
            "177 | 省商务厅 | 湘财外指〔2024〕21号 | 重点展会等资金 | 180.00 | 外贸人才培养 | 177.96 | 98.87%",
            "178 | 湖南省商务厅 | 湘财外指〔2024〕31号 | 会展业发展资金 | 805.00 | 湖南省商务厅 | 803.66 | 99.83%");
    static final List<String> DIRECT = List.of(
            "179 | 省直单位 | 湘财外指〔2024〕33号 | 自贸试验区发展资金 | 780.00 | 中华人民共和国长沙海关 | 780.00 | 100.00%",
            "180 | 省直单位 | 湘财外指〔2024〕33号 | 自贸试验区发展资金 | 300.00 | 湖南大学 | - | 0.00%",
            "181 | 省直单位 | 湘财外指〔2024〕33号 | 自贸试验区发展资金 | 645.00 | 中华人民共和国长沙海关 | 645.00 | 100.00%",
            "182 | 中央在湘/省直单位企业 | 湘财外指〔2024〕35号 | 对外经济合作资金 | 593.00 | 湖南建工集团有限公司 | 593.00 | 100.00%",
            "183 | 中央在湘/省直单位企业 | 湘财外指〔2024〕35号 | 对外经济合作资金 | 386.00 | 湖南路桥建设集团有限责任公司 | 386.00 | 100.00%",
            "184 | 省地质院 | 湘财外指〔2024〕35号 | 对外经济合作资金 | 120.00 | 湖南基础工程公司 | 120.00 | 100.00%",
            "185 | 湖南省商务厅 | 湘财外指〔2024〕36号 | 外贸促进相关资金 | 40.00 | 加工贸易综合服务 | 25.88 | 64.71%");

    static String[] cells(String line) {
        String[] c = line.split("\\|", -1);
        for (int i = 0; i < c.length; i++) c[i] = c[i].strip();
        return c;
    }

    /** Σ 预算金额 (column 4) or Σ 支付金额 (column 6) of the rows, "-" as zero: the test's independent sum. */
    static BigDecimal sum(List<String> rows, int col) {
        BigDecimal s = BigDecimal.ZERO;
        for (String r : rows) {
            String v = cells(r)[col].replace(",", "");
            if (!v.equals("-") && !v.isEmpty()) s = s.add(new BigDecimal(v));
        }
        return s;
    }

    static byte[] build(List<String> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("附件2");
            s.createRow(0).createCell(0).setCellValue("2024年度开放型专项资金现场评价项目预算执行情况明细表");
            s.createRow(1).createCell(0).setCellValue("(截至2024年12月31日)");
            String[] head = {"序号", "县市区/单位", "指标文号", "项目名称", "预算金额", "备注", "支付金额", "支付比率"};
            Row h = s.createRow(3);
            for (int i = 0; i < head.length; i++) h.createCell(i).setCellValue(head[i]);
            int r = 4;
            for (String line : rows) {
                String[] c = cells(line);
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(Integer.parseInt(c[0]));
                for (int i = 1; i < 4; i++) row.createCell(i).setCellValue(c[i]);
                row.createCell(4).setCellValue(new BigDecimal(c[4].replace(",", "")).doubleValue());
                row.createCell(5).setCellValue(c[5]);
                // "-" stays text as in the seed; other payments are numbers.
                if (c[6].equals("-")) row.createCell(6).setCellValue("-");
                else row.createCell(6).setCellValue(new BigDecimal(c[6].replace(",", "")).doubleValue());
                row.createCell(7).setCellFormula("IF(E" + r + "=0,0,N(G" + r + ")/E" + r + ")");
            }
            Row t = s.createRow(r);
            t.createCell(0).setCellValue("合计");
            t.createCell(4).setCellFormula("SUM(E5:E" + r + ")");
            t.createCell(6).setCellFormula("SUM(G5:G" + r + ")");
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
