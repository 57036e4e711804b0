package cn.shangwu.audit.form.fundexec;

import cn.shangwu.audit.annotate.Annotator;
import cn.shangwu.audit.read.BadWorkbookException;
import cn.shangwu.audit.read.Upload;
import cn.shangwu.audit.template.CheckOptions;
import cn.shangwu.audit.template.Checked;
import cn.shangwu.audit.template.Fact;
import cn.shangwu.audit.template.StreamedForm;
import cn.shangwu.audit.verify.Finding;
import cn.shangwu.audit.verify.Report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * F5 专项资金预算执行明细表 (template id {@code fund-execution}). Files can have 100,000 rows, so it recognises,
 * reads and annotates .xlsx uploads by streaming; .xls (at most 65,536 rows) go through HSSF and the shared Annotator.
 */
public final class FundExecutionForm implements StreamedForm {
    public static final String ID = "fund-execution";
    public static final String NAME = "专项资金预算执行明细表";

    private final FundRules rules = FundRules.load();

    @Override public String id() { return ID; }
    @Override public String name() { return NAME; }
    @Override public String version() { return rules.version(); }

    /** Answers per upload, so the registry asking twice (claims, recognize) streams the file once. */
    private final Map<Upload, Boolean> claimed = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    @Override
    public boolean claims(Upload upload) {
        Boolean known = claimed.get(upload);
        if (known != null) return known;
        // Computed outside the map's lock: other uploads are not held up by this one's streaming.
        boolean look = streamedLook(upload);
        claimed.put(upload, look);
        return look;
    }

    private static boolean streamedLook(Upload upload) {
        try (FundSheet s = FundSheet.locate(upload)) {
            return s != null && looksLikeF5(s);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The title names the form, or the header has the form's own labels (支付金额, 支付比率). */
    static boolean looksLikeF5(FundSheet s) {
        String t = s.title();
        boolean title = t.contains("专项资金") && (t.contains("执行") || t.contains("支付")) && t.contains("明细");
        Header h = s.header();
        boolean labels = h.has(Field.RATE) && h.label(Field.PAID).contains("支付") && h.label(Field.BUDGET).contains("预算")
                && (h.has(Field.DOC_NO) || h.has(Field.UNIT));
        return title || labels;
    }

    @Override
    public int recognize(Upload upload) {
        return claims(upload) ? 90 : 0;
    }

    @Override
    public Checked check(Upload upload, CheckOptions options) {
        try (FundSheet sheet = FundSheet.require(upload)) {
            Header h = sheet.header();
            FundVerifier v = new FundVerifier(rules, sheet.sheetName(), h.has(Field.RATE));
            List<Finding> findings = new ArrayList<>();
            for (Field f : List.of(Field.RATE, Field.NOTE))
                if (!h.has(f)) findings.add(rules.finding("F5.column-missing", sheet.sheetName(), null, Map.of("label", f.label), null, null, null));
            sheet.rows(v::accept);
            findings.addAll(v.finish());
            Report report = new Report(ID, version(), null, findings, meta(sheet, v));
            byte[] annotated;
            String ext;
            try {
                if (upload.kind() == Upload.Kind.XLSX) {
                    annotated = XlsxAnnotator.annotate(sheet.xlsx(), sheet.part(), report);
                    ext = "xlsx";
                } else {
                    annotated = Annotator.annotate(upload.workbook(), report);
                    ext = "xls";
                }
            } catch (BadWorkbookException e) {
                throw e;
            } catch (RuntimeException e) {
                // A package we can read but not rewrite (odd parts, broken styles): say so rather than fail with a 500.
                throw new BadWorkbookException("无法生成标注工作簿", "文件“" + upload.filename() + "”已审核，但无法在其副本上标注（"
                        + e.getClass().getSimpleName() + "），请用 Excel 或 WPS 另存为 .xlsx 后重新上传");
            }
            return new Checked(report, annotated, ext, facts(sheet, v));
        }
    }

    private static Map<String, Object> meta(FundSheet sheet, FundVerifier v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sheet", sheet.sheetName());
        m.put("headerRow", sheet.header().firstRow() + 1);
        m.put("amountUnit", sheet.amountUnit());
        m.put("rows", v.details());
        m.put("subtotals", v.subtotals());
        m.put("ratesChecked", v.ratesChecked());
        m.put("budget", v.budget().setScale(2, RoundingMode.HALF_UP));
        m.put("paid", v.paid().setScale(2, RoundingMode.HALF_UP));
        if (v.budget().signum() > 0)
            m.put("rate", v.paid().divide(v.budget(), MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP));
        return m;
    }

    /** F5.合计.预算金额 / 支付金额 as reported in the 合计 row (computed when there is none), F5.行数. */
    private static Map<String, Fact> facts(FundSheet sheet, FundVerifier v) {
        Map<String, Fact> f = new LinkedHashMap<>();
        String s = sheet.sheetName();
        ParsedRow t = v.total();
        f.put("F5.合计.预算金额", t != null && t.budget().present() ? new Fact(t.budget().number(), s, t.budget().cell())
                : new Fact(v.budget(), s, null));
        f.put("F5.合计.支付金额", t != null && t.paid().present() ? new Fact(t.paid().number(), s, t.paid().cell())
                : new Fact(v.paid(), s, null));
        f.put("F5.行数", new Fact(BigDecimal.valueOf(v.details()), s, null));
        f.put("F5.明细合计.预算金额", new Fact(v.budget(), s, null));
        f.put("F5.明细合计.支付金额", new Fact(v.paid(), s, null));
        return f;
    }

    @Override
    public byte[] blank() {
        try (InputStream in = FundExecutionForm.class.getResourceAsStream("/templates/fund-execution/blank.xlsx")) {
            return in != null ? in.readAllBytes() : FundBlank.create(version());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
