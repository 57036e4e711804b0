package cn.shangwu.audit.form.selfeval;

import cn.shangwu.audit.Json;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** rules.json and the code agree: every rule the verifier raises is in the file, and every rule in the file is raised somewhere. */
class RulesFileTest {
    @Test
    void rulesJsonMatchesTheRulesTheCodeRaises() throws Exception {
        Path src = Path.of("src/main/java/cn/shangwu/audit/form/selfeval");
        Pattern used = Pattern.compile("(?:rules\\.(?:finding|text)\\(|sum\\(f, )\"([a-z-]+)\"");
        List<String> inCode = new ArrayList<>();
        try (var files = Files.list(src)) {
            for (Path p : files.toList()) {
                Matcher m = used.matcher(Files.readString(p));
                while (m.find()) if (!inCode.contains(m.group(1))) inCode.add(m.group(1));
            }
        }
        assertTrue(inCode.size() > 15, inCode.toString());
        for (String id : List.of("project-self-eval", "dept-self-eval")) {
            try (InputStream in = getClass().getResourceAsStream("/templates/" + id + "/rules.json")) {
                JsonNode rules = Json.MAPPER.readTree(in).get("rules");
                String prefix = id.startsWith("project") ? "F1." : "F2.";
                List<String> inFile = new ArrayList<>();
                rules.fieldNames().forEachRemaining(n -> inFile.add(n.substring(3)));
                for (String r : inCode) assertTrue(inFile.contains(r), id + " lacks " + prefix + r);
                for (String r : inFile) assertTrue(inCode.contains(r), id + " has unused rule " + prefix + r);
                rules.fields().forEachRemaining(e -> {
                    assertTrue(e.getKey().startsWith(prefix));
                    assertTrue(List.of("ERROR", "WARNING", "INFO").contains(e.getValue().get("severity").asText()));
                    assertFalse(e.getValue().get("message").asText().isBlank());
                });
            }
        }
    }
}
