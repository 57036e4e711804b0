package cn.shangwu.audit.consolidate;

import java.util.Map;

/**
 * A generated consolidated workbook with the figures it shows (the JSON summary) and the record of its inputs.
 *
 * @param summary the same figures as the workbook, for the JSON endpoint
 */
public record Consolidation(String filename, byte[] workbook, String sha256, Selection selection, Map<String, Object> summary) {}
