package cn.shangwu.audit.form.selfeval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A self-evaluation table as printed in a seed report (src/test/resources/seeds/*.tsv, one line per table row:
 * title, name, dept, fund, part, goal, ind, total), with the seed's own numbers and mistakes.
 */
public record SeedForm(String file, String title, String name, List<String> dept, List<List<String>> funds,
                       List<List<String>> parts, List<String> goal, List<List<String>> indicators, List<String> total) {

    public static SeedForm load(String file) {
        try (InputStream in = SeedForm.class.getResourceAsStream("/seeds/" + file)) {
            if (in == null) throw new IllegalArgumentException("no seed " + file);
            String title = null, name = null;
            List<String> dept = List.of(), goal = List.of("", ""), total = List.of();
            List<List<String>> funds = new ArrayList<>(), parts = new ArrayList<>(), inds = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) continue;
                List<String> f = new ArrayList<>(Arrays.asList(line.split("\t", -1)));
                String kind = f.remove(0);
                switch (kind) {
                    case "title" -> title = f.get(0);
                    case "name" -> name = f.get(0);
                    case "dept" -> dept = f;
                    case "fund" -> funds.add(f);
                    case "part" -> parts.add(f);
                    case "goal" -> goal = f;
                    case "ind" -> {
                        while (f.size() < 8) f.add("");
                        inds.add(f);
                    }
                    case "total" -> total = f;
                    default -> throw new IllegalStateException("unknown line " + line);
                }
            }
            return new SeedForm(file, title, name, dept, funds, parts, goal, inds, total);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean isDept() {
        return title.contains("部门整体");
    }

    /** Every F1 table of the seeds: 000 (7), 001 (6), 004 (1). */
    public static final List<String> F1 = List.of("000-1-xiangyuefei.tsv", "000-2-baoshui.tsv", "000-3-liutong.tsv",
            "000-4-nongmao.tsv", "000-5-zhaoshang-waimao.tsv", "000-6-zhongda-zhaoshang.tsv", "000-7-qiche.tsv",
            "001-1-zhongda-zhaoshang.tsv", "001-2-kuajing.tsv", "001-3-liutong.tsv", "001-4-yiliu.tsv",
            "001-5-cuxiaofei.tsv", "001-6-shengji.tsv", "004-xiangxi.tsv");

    /** The F2 tables: 001 (2023) and 002 (2021). */
    public static final List<String> F2 = List.of("001-f2-dept.tsv", "002-f2-dept.tsv");
}
