package cn.shangwu.audit.consolidate;

import cn.shangwu.audit.store.Submission;
import cn.shangwu.audit.store.Unit;

import java.time.Instant;
import java.util.List;

/**
 * Which filings a consolidation uses: the latest version of each unit's form when it is accepted, and the units
 * left out (nothing filed, or the latest version not accepted).
 */
public record Selection(Unit root, int year, String template, List<Used> used, List<Absent> absent) {

    /** An accepted latest filing; {@code project} names the project for F1 (a unit files one F1 per project). */
    public record Used(Unit unit, Submission submission, String project) {}

    /** A unit left out of the sums, with the reason a clerk reads; {@code latest} is null when nothing was filed. */
    public record Absent(Unit unit, String reason, Submission latest, String project) {}

    public Selection {
        used = List.copyOf(used);
        absent = List.copyOf(absent);
    }

    /** The newest upload time among the inputs: stands in for "now" so the same inputs give the same workbook. */
    public Instant asOf() {
        return used.stream().map(u -> u.submission().createdAt()).max(Instant::compareTo).orElse(Instant.EPOCH);
    }

    public List<Long> submissionIds() {
        return used.stream().map(u -> u.submission().id()).toList();
    }
}
