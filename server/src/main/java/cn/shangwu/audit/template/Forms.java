package cn.shangwu.audit.template;

import cn.shangwu.audit.read.BadWorkbookException;
import cn.shangwu.audit.read.Upload;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The registry of forms: every form the server knows, and which one an upload is. */
public final class Forms {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Forms.class);

    private final List<Form> forms;

    public Forms(List<Form> forms) {
        this.forms = List.copyOf(forms);
    }

    /** All forms we ship. Adding a form means adding it here and its folder under templates/. */
    public static Forms standard() {
        return new Forms(FormCatalog.all());
    }

    public List<Form> all() {
        return forms;
    }

    public Optional<Form> byId(String id) {
        return forms.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** Our template id when the workbook carries one, else the form whose titles and labels fit best. */
    public Form recognize(Upload upload) {
        // Our template id comes from docProps/custom.xml met by the upload's size check: no workbook open, no streaming.
        if (upload.kind() == Upload.Kind.XLSX) {
            String id = upload.templateId();
            if (id != null) {
                Optional<Form> f = byId(id);
                if (f.isPresent()) return f.get();
            }
        }
        // A form read by streaming (F5, up to 100,000 rows) that claims the file wins before any usermodel open.
        Optional<Form> streamed = claimedByStreamedForm(upload);
        if (streamed.isPresent()) return streamed.get();
        record Scored(Form form, int score) {}
        return forms.stream()
                .map(f -> new Scored(f, safeRecognize(f, upload)))
                .filter(s -> s.score() > 0)
                .max(Comparator.comparingInt(Scored::score))
                .map(Scored::form)
                .orElseThrow(() -> new BadWorkbookException("无法识别的表格",
                        "文件“" + upload.filename() + "”不是本系统支持的表格（项目支出绩效自评表、部门整体支出绩效自评表、"
                                + "部门整体支出绩效评价基础数据表、部门决算公开01–09表、专项资金预算执行明细表）：未找到表名或表头"));
    }

    /**
     * Recognises and checks. A layout no reader foresaw must reach the clerk as a clear 4xx, not a server error:
     * an unexpected failure inside a form is logged with its stack trace here and answered as an unreadable structure.
     */
    public Checked check(Upload upload, CheckOptions options) {
        return check(recognize(upload), upload, options);
    }

    /** Checks an upload already recognised as {@code form}, with the same 4xx for unforeseen reader failures. */
    public Checked check(Form form, Upload upload, CheckOptions options) {
        try {
            return form.check(upload, options);
        } catch (BadWorkbookException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            log.warn("审核 {}（{}）时出现未预料的错误", upload.filename(), form.id(), e);
            throw new BadWorkbookException("无法审核", "文件“" + upload.filename() + "”被识别为" + form.name()
                    + "，但其表格结构无法识别，请使用本系统模板或官方格式重新填报");
        }
    }

    private Optional<Form> claimedByStreamedForm(Upload upload) {
        for (Form f : forms) {
            try {
                if (f instanceof StreamedForm s && s.claims(upload)) return Optional.of(f);
            } catch (RuntimeException e) {
                // a form that cannot tell leaves the upload to the others
            }
        }
        return Optional.empty();
    }

    private static int safeRecognize(Form f, Upload upload) {
        try {
            return f.recognize(upload);
        } catch (BadWorkbookException e) {
            throw e;
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
