package cn.shangwu.audit.form.finalaccounts;

import cn.shangwu.audit.Json;
import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Severity;
import cn.shangwu.audit.verify.rules.Labels;
import cn.shangwu.audit.verify.rules.TRow;
import cn.shangwu.audit.verify.rules.Table;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.*;

/**
 * The 政府收支分类科目 list ({@code templates/final-accounts/codes.json}): 功能分类 (类/款/项) and 部门经济分类 codes with
 * their names. An unknown code or a name that does not match is a WARNING; a 款 without its 类 (or a 项 without its 款)
 * is an ERROR, since the tree cannot add up.
 */
public final class CodeList {
    private final Map<String, String> functional;
    private final Map<String, String> economic;

    private CodeList(Map<String, String> functional, Map<String, String> economic) {
        this.functional = functional;
        this.economic = economic;
    }

    public static CodeList load() {
        try (InputStream in = CodeList.class.getResourceAsStream("/templates/final-accounts/codes.json")) {
            JsonNode n = Json.MAPPER.readTree(in);
            return new CodeList(map(n.get("functional")), map(n.get("economic")));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("templates/final-accounts/codes.json unreadable", e);
        }
    }

    private static Map<String, String> map(JsonNode n) {
        Map<String, String> m = new LinkedHashMap<>();
        n.fields().forEachRemaining(e -> m.put(e.getKey(), Labels.key(e.getValue().asText())));
        return Collections.unmodifiableMap(m);
    }

    public Map<String, String> functional() { return functional; }
    public Map<String, String> economic() { return economic; }

    /** The names of the 功能分类 类 (3-digit codes), as 01/04 label their expenditure lines. */
    public Set<String> classNames() {
        Set<String> s = new HashSet<>();
        functional.forEach((k, v) -> { if (k.length() == 3) s.add(v); });
        return s;
    }

    public void checkFunctional(Table t, List<Finding> out) {
        check(t, functional, "功能分类", out, true);
    }

    public void checkEconomic(Table t, List<Finding> out) {
        check(t, economic, "经济分类", out, true);
    }

    private static void check(Table t, Map<String, String> codes, String what, List<Finding> out, boolean tree) {
        for (TRow r : t.rows()) {
            String code = r.code();
            if (code == null) continue;
            String cell = cellOf(t, r);
            String known = codes.get(code);
            if (known == null) {
                out.add(Finding.of("F4.code-unknown", Severity.WARNING, t.sheet(), cell,
                        what + "科目编码 " + code + "（" + r.label() + "）不在政府收支分类科目表中，请核对编码"));
            } else if (!r.label().isEmpty() && !known.equals(r.label())) {
                out.add(Finding.of("F4.code-name", Severity.WARNING, t.sheet(), cell,
                        what + "科目 " + code + " 的名称应为“" + known + "”，填报为“" + r.label() + "”"));
            }
            if (tree && code.length() > 3) {
                String parent = code.substring(0, code.length() - 2);
                if (t.byCode(parent) == null) {
                    String kind = code.length() == 5 ? "款" : "项";
                    String pk = parent.length() == 3 ? "类" : "款";
                    out.add(Finding.of("F4.code-orphan", Severity.ERROR, t.sheet(), cell,
                            what + kind + "级科目 " + code + " 缺少所属" + pk + "级科目 " + parent + " 行，无法逐级汇总"));
                }
            }
        }
    }

    private static String cellOf(Table t, TRow r) {
        return r.labelRef();
    }
}
