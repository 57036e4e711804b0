package cn.shangwu.audit.form.fundexec;

import java.util.List;

/** Receives the rows of one sheet in order, as a streaming reader produces them. */
interface SheetVisitor {
    /**
     * One non-empty row.
     *
     * @param row   zero-based row index
     * @param cells the row's cells with content, in column order
     * @return false to stop reading this sheet
     */
    boolean row(int row, List<RawCell> cells);
}
