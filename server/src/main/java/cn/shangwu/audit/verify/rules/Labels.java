package cn.shangwu.audit.verify.rules;

import cn.shangwu.audit.read.Grid;

import java.util.regex.Pattern;

/** Label keys: spaces gone, full-width brackets made ASCII, ordinals ("一、", "1、", "（一）") and "其中：" dropped. */
public final class Labels {
    private static final Pattern ORDINAL = Pattern.compile("^([一二三四五六七八九十]+[、.．]|\\d+[、.．]|\\([0-9一二三四五六七八九十]+\\)[、.．]?)");

    private Labels() {}

    public static String key(String text) {
        if (text == null) return "";
        String s = Grid.squash(text);
        s = ORDINAL.matcher(s).replaceFirst("");
        if (s.startsWith("其中:")) s = s.substring(3);
        else if (s.startsWith("其中")) s = s.substring(2);
        if (s.endsWith(":")) s = s.substring(0, s.length() - 1);
        return s;
    }
}
