package cn.shangwu.audit.store;

/** A signed-in user: one unit, one role. */
public record User(long id, String username, Role role, String unitCode) {}
