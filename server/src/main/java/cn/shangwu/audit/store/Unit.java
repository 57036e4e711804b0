package cn.shangwu.audit.store;

/** An administrative unit; level is province, city or county. A city's own bureau (市本级) files under the city's code. */
public record Unit(String code, String name, String parent, String level) {}
