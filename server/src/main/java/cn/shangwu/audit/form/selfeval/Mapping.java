package cn.shangwu.audit.form.selfeval;

import cn.shangwu.audit.Json;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The declarative sheet-to-model mapping of a self-evaluation form, read from {@code templates/<id>/mapping.json}:
 * which labels locate which block and column. Label-driven, not positional (see the file's {@code _why}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Mapping(String sheet, List<String> title, List<String> notTitle, List<String> labels,
                      Map<String, List<String>> header, Funds funds, List<String> goal, Indicators indicators) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Funds(List<String> anchor, Map<String, List<String>> columns, List<String> total,
                        Map<String, List<String>> sources, List<Breakdown> breakdowns) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Breakdown(String name, Map<String, List<String>> parts) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicators(List<String> header, Map<String, List<String>> columns, List<String> end, List<String> grade) {}

    public static Mapping load(String templateId) {
        String path = "/templates/" + templateId + "/mapping.json";
        try (InputStream in = Mapping.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            return Json.MAPPER.readValue(in, Mapping.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
