package cn.shangwu.audit.template;

import java.util.Optional;

/**
 * What a check may use beyond the workbook itself.
 *
 * @param policy scoring policy for unmet targets: {@code proportional} (default) or e.g. {@code linear-0.2}
 * @param others the same unit's other forms of the same year, for the cross-form checks (表间审核)
 */
public record CheckOptions(String policy, OtherForms others) {

    public static final CheckOptions DEFAULT = new CheckOptions("proportional", OtherForms.NONE);

    public CheckOptions {
        if (policy == null || policy.isBlank()) policy = "proportional";
        if (others == null) others = OtherForms.NONE;
    }

    /** The latest filing of another form by the same unit and year. */
    public interface OtherForms {
        OtherForms NONE = templateId -> Optional.empty();

        /** The facts of that unit's latest filing of the given template in the same year (see {@link Checked#facts()}). */
        Optional<java.util.Map<String, Fact>> latest(String templateId);
    }
}
