package cn.shangwu.audit.consolidate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jxls.transform.poi.JxlsPoiTemplateFillerBuilder;
import org.jxls.transform.poi.PoiTransformer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Fills a consolidation template with jxls, then lets POI finish the workbook (formulas, charts, extra sheets). */
final class Jxls {
    private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    private Jxls() {}

    static byte[] fill(String templateFile, Map<String, Object> data, Instant asOf, Consumer<XSSFWorkbook> finish) {
        return fill(templateFile, data, asOf, finish, false);
    }

    /**
     * {@code finishEvaluates}: the finish step itself evaluates every formula as its last change (as the 绩效汇总 charts
     * need), so jxls need not evaluate the whole workbook a second time before writing it.
     */
    static byte[] fill(String templateFile, Map<String, Object> data, Instant asOf, Consumer<XSSFWorkbook> finish, boolean finishEvaluates) {
        byte[] bytes = JxlsPoiTemplateFillerBuilder.newInstance()
                .withTemplate(new ByteArrayInputStream(Templates.load(templateFile)))
                .withRecalculateFormulasBeforeSaving(!finishEvaluates)
                .withPreWriteAction((transformer, context) -> {
                    XSSFWorkbook wb = ((PoiTransformer) transformer).getXSSFWorkbook();
                    finish.accept(wb);
                    TemplateGenerator.fixDates(wb, TemplateGenerator.date(asOf));
                })
                .buildAndFill(data);
        return stamp(bytes, asOf);
    }

    /** Same inputs, same bytes: every zip entry gets the data's time instead of the clock's. */
    static byte[] stamp(byte[] xlsx, Instant asOf) {
        LocalDateTime t = LocalDateTime.ofInstant(asOf, ZoneId.of("Asia/Shanghai")).withNano(0);
        if (t.isBefore(DOS_EPOCH)) t = DOS_EPOCH;
        ByteArrayOutputStream buf = new ByteArrayOutputStream(xlsx.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream out = new ZipOutputStream(buf)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(t);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buf.toByteArray();
    }
}
