package cn.shangwu.audit.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Minimal option parsing: {@code --name value} pairs among positional arguments. */
record Args(List<String> positional, Map<String, String> options) {

    static Args parse(List<String> args, String... known) {
        Set<String> names = Set.of(known);
        List<String> pos = new ArrayList<>();
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                if (!names.contains(a)) throw new UsageException("未知选项：" + a);
                if (i + 1 >= args.size()) throw new UsageException("选项 " + a + " 缺少取值");
                opts.put(a, args.get(++i));
            } else {
                pos.add(a);
            }
        }
        return new Args(pos, opts);
    }

    String get(String name) {
        return options.get(name);
    }
}
