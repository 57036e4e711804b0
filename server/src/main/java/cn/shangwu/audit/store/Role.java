package cn.shangwu.audit.store;

import java.util.Arrays;
import java.util.Optional;

/** What a user may do: county offices file; city and province offices review their subtree; admins manage units and users. */
public enum Role {
    COUNTY("县市区填报"), CITY("市州审核"), PROVINCE("省级审核"), ADMIN("系统管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() { return label; }

    /** The lower-case name used in the CLI and the API. */
    public String key() { return name().toLowerCase(); }

    public boolean reviewer() { return this == CITY || this == PROVINCE || this == ADMIN; }

    public static Optional<Role> parse(String s) {
        return s == null ? Optional.empty() : Arrays.stream(values()).filter(r -> r.key().equalsIgnoreCase(s.strip())).findFirst();
    }
}
