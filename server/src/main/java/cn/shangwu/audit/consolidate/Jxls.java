package cn.shangwu.audit.consolidate;

import org.jxls.transform.poi.JxlsPoiTemplateFillerBuilder;
import org.jxls.transform.poi.PoiTransformer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

/** Fills a consolidation template with jxls, then lets POI finish the workbook (formulas, charts, extra sheets). */
final class Jxls {
    private Jxls() {}

    static byte[] fill(String templateFile, Map<String, Object> data, Instant asOf, Consumer<XSSFWorkbook> finish) {
        return JxlsPoiTemplateFillerBuilder.newInstance()
                .withTemplate(new ByteArrayInputStream(Templates.load(templateFile)))
                .withPreWriteAction((transformer, context) -> {
                    XSSFWorkbook wb = ((PoiTransformer) transformer).getXSSFWorkbook();
                    finish.accept(wb);
                    TemplateGenerator.fixDates(wb, TemplateGenerator.date(asOf));
                })
                .buildAndFill(data);
    }
}
