package cn.shangwu.audit.verify.rules;

import java.util.Map;

/**
 * A row of a table: its 功能分类/经济分类 code (or null), its label with spaces and ordinals removed, its 行次,
 * a kind set by the reader (e.g. {@code class} for a 类 line of 01/04, {@code item} for a 专项 row of F3),
 * and its amount cells by column key; labelRef is the A1 cell of its code or label.
 */
public record TRow(int index, String code, String label, String line, String kind, Map<String, Val> cells, String labelRef) {

    public int level() {
        return code == null ? 0 : code.length();
    }
}
