package cn.shangwu.audit.read;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An uploaded file: its bytes, kept unchanged, and the workbook opened from them on demand.
 * Checks the magic bytes and the unpacked size before POI inflates anything (zip bombs).
 */
public final class Upload {
    public static final long MAX_UNPACKED = 400L * 1024 * 1024;

    public enum Kind { XLSX, XLS }

    static {
        ZipSecureFile.setMinInflateRatio(0.005);
    }

    private final String filename;
    private final byte[] bytes;
    private final Kind kind;
    private Workbook workbook;
    private List<Grid> grids;
    private java.util.Map<String, String> customProperties;
    /** docProps/custom.xml as met by the size check (xlsx only), so the template id needs no workbook open. */
    private String customXml;

    public Upload(String filename, byte[] bytes) {
        this.filename = filename == null || filename.isBlank() ? "上传文件" : filename;
        this.bytes = bytes;
        this.kind = sniff(this.filename, bytes);
        if (kind == Kind.XLSX) customXml = checkUnpackedSize(this.filename, bytes);
    }

    public String filename() { return filename; }
    public byte[] bytes() { return bytes; }
    public Kind kind() { return kind; }

    /** The POI workbook, opened once. Throws {@link BadWorkbookException} when it cannot be read. */
    public synchronized Workbook workbook() {
        if (workbook == null) {
            try {
                workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes));
            } catch (IOException | RuntimeException | LinkageError e) {
                throw new BadWorkbookException("无法读取工作簿",
                        "文件“" + filename + "”无法作为 Excel 工作簿打开（" + reason(e) + "），请用 Excel 或 WPS 另存为 .xlsx 后重新上传");
            }
        }
        return workbook;
    }

    /** Whether the POI workbook has been opened (streamed forms must be able to avoid it). */
    synchronized boolean opened() {
        return workbook != null;
    }

    /** Every sheet as a text grid, built once and shared by all form recognisers. */
    public synchronized List<Grid> grids() {
        if (grids == null) {
            List<Grid> out = new ArrayList<>();
            Workbook wb = workbook();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) out.add(new Grid(wb.getSheetAt(i)));
            grids = List.copyOf(out);
        }
        return grids;
    }

    /** The TemplateId custom property our blanks carry, or null (also when the properties part cannot be read). */
    public String templateId() {
        return customProperty("TemplateId");
    }

    public String templateVersion() {
        return customProperty("TemplateVersion");
    }

    private String customProperty(String name) {
        if (kind != Kind.XLSX) return null;
        synchronized (this) {
            if (customProperties == null)
                // The size check read every entry: no docProps/custom.xml means no properties. Never open the workbook
                // for them — a 100,000-row F5 without properties must stay on the streaming path.
                customProperties = customXml != null ? parseCustomProperties(customXml) : java.util.Map.of();
        }
        return customProperties.get(name);
    }

    private static final java.util.regex.Pattern TEXT_PROPERTY = java.util.regex.Pattern.compile(
            "<(?:\\w+:)?property\\b[^>]*\\bname=\"([^\"]*)\"[^>]*>\\s*<(?:\\w+:)?lpwstr>([^<]*)</");

    private static java.util.Map<String, String> parseCustomProperties(String xml) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        var m = TEXT_PROPERTY.matcher(xml);
        while (m.find()) out.putIfAbsent(m.group(1), m.group(2).strip());
        return out;
    }

    private static Kind sniff(String filename, byte[] b) {
        if (b == null || b.length < 8)
            throw new BadWorkbookException("不是 Excel 文件", "文件“" + filename + "”为空或过短，请上传 .xlsx 或 .xls 工作簿");
        if (b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) return Kind.XLSX;
        if ((b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11 && (b[3] & 0xff) == 0xE0)
            return Kind.XLS;
        throw new BadWorkbookException("不是 Excel 文件",
                "文件“" + filename + "”不是 .xlsx 或 .xls 工作簿（文件头不符），请用 Excel 或 WPS 保存为 .xlsx 后上传");
    }

    /** Refuses zip bombs; returns docProps/custom.xml (small) when the package has one, else null. */
    private static String checkUnpackedSize(String filename, byte[] b) {
        long total = 0;
        String custom = null;
        // commons-compress, not java.util.zip: it reads the Zip64 data descriptors POI's SXSSF writes (big exports).
        try (ZipArchiveInputStream zin = new ZipArchiveInputStream(new ByteArrayInputStream(b), "UTF-8", true, true)) {
            ZipArchiveEntry e;
            byte[] buf = new byte[64 * 1024];
            while ((e = zin.getNextEntry()) != null) {
                boolean keep = custom == null && e.getName().equalsIgnoreCase("docProps/custom.xml");
                java.io.ByteArrayOutputStream kept = keep ? new java.io.ByteArrayOutputStream() : null;
                int n;
                while ((n = zin.read(buf)) > 0) {
                    if (kept != null && kept.size() < 1 << 20) kept.write(buf, 0, n);
                    total += n;
                    if (total > MAX_UNPACKED)
                        throw new BadWorkbookException("文件过大",
                                "文件“" + filename + "”解压后超过 400 MB，疑似异常文件，拒绝处理");
                }
                if (kept != null) custom = kept.toString(java.nio.charset.StandardCharsets.UTF_8);
            }
            return custom;
        } catch (IOException e) {
            throw new BadWorkbookException("无法读取工作簿", "文件“" + filename + "”的压缩结构损坏（" + reason(e) + "）");
        }
    }

    /** Why POI refused the file, in words a clerk understands (POI's own messages name Java classes and spec clauses). */
    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("zip bomb") || m.contains("max text size") || m.contains("maxentrysize"))
                return "内容的压缩比或单个部件大小异常，疑似构造的恶意文件";
            if (t instanceof org.apache.poi.EncryptedDocumentException || m.contains("password") || m.contains("encrypt"))
                return "文件设有打开密码，请取消密码后另存";
            if (t instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException || m.contains("content type")
                    || m.contains("no valid entries") || m.contains("not a valid ooxml"))
                return "压缩包内没有 Excel 工作簿的内容";
            if (t instanceof org.apache.poi.poifs.filesystem.NotOLE2FileException || t instanceof org.apache.poi.hssf.OldExcelFormatException)
                return "不是受支持的 Excel 格式（仅支持 Excel 97 及以后版本）";
            if (t instanceof java.util.zip.ZipException || m.contains("zip") || m.contains("truncated") || m.contains("end of"))
                return "压缩结构损坏或文件不完整";
        }
        return "文件内容损坏或格式不受支持";
    }
}
