package cn.shangwu.audit.consolidate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Names of the consolidation templates (classpath /templates/consolidation/) and of their sheets. */
final class Templates {
    private Templates() {}

    static final String PERFORMANCE_FILE = "绩效汇总.xlsx";
    static final String FINAL_ACCOUNTS_FILE = "决算汇总.xlsx";
    static final String FUND_EXECUTION_FILE = "专项资金执行汇总.xlsx";

    static final String PERFORMANCE_SHEET = "绩效汇总";
    static final String RANKING_SHEET = "单位排名";
    static final String CHART_SHEET = "图表";
    static final String FINAL_ACCOUNTS_SHEET = "汇总说明";
    static final String FUND_EXECUTION_SHEET = "专项资金执行汇总";
    static final String FINDINGS_SHEET = "问题清单";
    static final String ABSENT_SHEET = "未上报及未通过";
    static final String USED_SHEET = "采用版本";

    /** Reads a template's bytes from the jar (templates/ is packed as classpath resources). */
    static byte[] load(String file) {
        try (InputStream in = Templates.class.getResourceAsStream("/templates/consolidation/" + file)) {
            if (in == null) throw new IllegalStateException("缺少汇总模板 templates/consolidation/" + file);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
