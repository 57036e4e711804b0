package cn.shangwu.audit.form.finalaccounts;

import cn.shangwu.audit.Json;
import cn.shangwu.audit.read.Grid;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which of 公开01…09表 a sheet holds, from {@code templates/final-accounts/mapping.json}: by the 公开NN表 mark, the
 * sheet name, else the title (most specific first: 财政拨款收入支出决算总表 contains 收入支出决算总表, and so on).
 */
final class TableIds {
    private TableIds() {}

    /** Title fragment → table id, in matching order. */
    static final Map<String, String> TITLES;
    /** Table id → official name. */
    static final Map<String, String> NAMES;
    /** Table id → reader layout (balance, coded, economic, sanGong). */
    static final Map<String, String> LAYOUTS;

    static {
        Map<String, String> titles = new LinkedHashMap<>(), names = new LinkedHashMap<>(), layouts = new LinkedHashMap<>();
        try (InputStream in = TableIds.class.getResourceAsStream("/templates/final-accounts/mapping.json")) {
            JsonNode root = Json.MAPPER.readTree(in);
            for (JsonNode t : root.get("tables")) {
                String id = t.get("id").asText();
                titles.put(t.get("title").asText(), id);
                names.put(id, t.get("name").asText());
                layouts.put(id, t.get("layout").asText());
            }
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("templates/final-accounts/mapping.json unreadable", e));
        }
        TITLES = Collections.unmodifiableMap(titles);
        NAMES = Collections.unmodifiableMap(names);
        LAYOUTS = Collections.unmodifiableMap(layouts);
    }

    static String of(Grid g) {
        String head = g.head(8);
        for (int n = 1; n <= 9; n++) if (head.contains("公开0" + n + "表")) return "0" + n;
        String name = Grid.squash(g.sheet().getSheetName());
        for (int n = 1; n <= 9; n++) if (name.contains("公开0" + n) || name.equals("0" + n + "表") || name.equals("0" + n)) return "0" + n;
        for (var e : TITLES.entrySet()) if (name.contains(e.getKey()) && name.endsWith("表")) return e.getValue();
        String title = titleText(g);
        for (var e : TITLES.entrySet()) if (title.contains(e.getKey())) return e.getValue();
        return null;
    }

    /** The first few short texts above the header: where a title stands. */
    private static String titleText(Grid g) {
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < Math.min(4, g.rows()); r++)
            for (int c = 0; c < g.cols(); c++) {
                String k = g.key(r, c);
                if (k.endsWith("表") && k.length() <= 30) b.append(k).append('|');
            }
        return b.toString();
    }
}
