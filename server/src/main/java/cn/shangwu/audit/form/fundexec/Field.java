package cn.shangwu.audit.form.fundexec;

import java.util.List;

/** The columns of 专项资金预算执行明细表, with the header labels clerks use for them (squashed, no spaces). */
enum Field {
    // Order matters: more specific labels are tried first (支付比率 before 支付金额, 预算金额 before 单位).
    RATE("支付比率", List.of("支付比率", "支付比例", "支付率", "执行率", "执行比率", "支付进度")),
    PAID("支付金额", List.of("支付金额", "实际支付", "已支付", "支付数", "累计支付", "支出金额", "执行数", "拨付金额", "已拨付", "实际拨付", "支付")),
    BUDGET("预算金额", List.of("预算金额", "预算数", "下达金额", "下达资金", "分配金额", "指标金额", "安排金额", "资金额度", "预算")),
    DOC_NO("指标文号", List.of("指标文号", "文号")),
    PROJECT("项目名称", List.of("项目名称", "项目")),
    UNIT("县市区/单位", List.of("县市区/单位", "县市区", "县(市", "市县", "区县", "市州", "单位名称", "地区", "单位")),
    SERIAL("序号", List.of("序号")),
    NOTE("备注", List.of("备注", "说明"));

    final String label;
    final List<String> synonyms;

    Field(String label, List<String> synonyms) {
        this.label = label;
        this.synonyms = synonyms;
    }

    /** Whether a squashed header text names this column. Short synonyms must match the whole label. */
    boolean matches(String key) {
        if (key.isEmpty() || key.length() > 30) return false;
        for (String s : synonyms) {
            if (s.length() <= 2 ? key.equals(s) || key.endsWith(s) && key.length() <= 4 : key.contains(s)) return true;
        }
        return false;
    }
}
