package cn.shangwu.audit.verify.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One table of a form (e.g. 公开03表) read by label: rows and amount columns.
 *
 * @param columns column keys in order (栏次 numbers as text when the sheet has a 栏次 row)
 * @param aliases column key by squashed header text, so rules may name a column by its header
 * @param note    the 备注/注 text under the table (an empty 08/09 table is valid when it says there is no money)
 */
public record Table(String id, String sheet, List<TRow> rows, List<String> columns, Map<String, String> aliases, String note) {

    /** The column key for a rule's column reference: a key, else a header that equals or contains it. */
    public String column(String ref) {
        if (columns.contains(ref)) return ref;
        String k = aliases.get(ref);
        if (k != null) return k;
        for (var e : aliases.entrySet()) if (e.getKey().contains(ref)) return e.getValue();
        return null;
    }

    /** Rows by code, exact. */
    public TRow byCode(String code) {
        for (TRow r : rows) if (code.equals(r.code())) return r;
        return null;
    }

    /** First row whose label equals, else starts with (or is the start of), the squashed label (and has the column when given), from row index {@code from}. */
    public TRow byLabel(String label, String col, int from) {
        for (TRow r : rows) if (r.index() >= from && label.equals(r.label()) && (col == null || r.cells().containsKey(col))) return r;
        for (TRow r : rows) if (r.index() >= from && r.label() != null && r.label().startsWith(label) && (col == null || r.cells().containsKey(col))) return r;
        // an older or shortened label (一般公共预算财政拨款 for 一般公共预算财政拨款收入)
        for (TRow r : rows)
            if (r.index() >= from && r.label() != null && r.label().length() >= 4 && label.startsWith(r.label()) && (col == null || r.cells().containsKey(col))) return r;
        return null;
    }

    /** Direct children by code prefix: the 款 of a 类, the 项 of a 款 (a 项 under a missing 款 counts for the 类). */
    public List<TRow> children(TRow parent) {
        List<TRow> out = new ArrayList<>();
        String p = parent.code();
        if (p == null) return out;
        for (TRow r : rows) {
            String c = r.code();
            if (c == null || c.length() <= p.length() || !c.startsWith(p)) continue;
            if (c.length() == p.length() + 2) out.add(r);
            else if (byCode(c.substring(0, p.length() + 2)) == null && c.length() == p.length() + 4) out.add(r);
        }
        return out;
    }

    public boolean hasChildren(TRow r) {
        return !children(r).isEmpty();
    }

    /** Whether every amount cell of the table is empty. */
    public boolean empty() {
        for (TRow r : rows) for (Val v : r.cells().values()) if (v.present() && v.value().signum() != 0) return false;
        return true;
    }
}
