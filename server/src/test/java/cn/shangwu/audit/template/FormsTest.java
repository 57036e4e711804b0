package cn.shangwu.audit.template;

import cn.shangwu.audit.read.BadWorkbookException;
import cn.shangwu.audit.read.Upload;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A reader failure nobody foresaw reaches the clerk as a clear bad-workbook error (4xx), never as a server error. */
class FormsTest {

    /** Recognises everything, then fails the way an unforeseen layout makes a reader fail. */
    private static final Form BROKEN = new Form() {
        @Override public String id() { return "broken"; }
        @Override public String name() { return "测试表"; }
        @Override public String version() { return "t"; }
        @Override public int recognize(Upload upload) { return 1; }
        @Override public Checked check(Upload upload, CheckOptions options) { throw new IndexOutOfBoundsException("row -1"); }
        @Override public byte[] blank() { return new byte[0]; }
    };

    @Test
    void anUnforeseenReaderFailureIsABadWorkbookNamingFileAndForm() {
        Forms forms = new Forms(List.of(BROKEN));
        Upload upload = new Upload("县里的表.xlsx", Forms.standard().byId("project-self-eval").orElseThrow().blank());
        for (var call : List.<Runnable>of(() -> forms.check(upload, CheckOptions.DEFAULT),
                () -> forms.check(BROKEN, upload, CheckOptions.DEFAULT))) {
            BadWorkbookException e = assertThrows(BadWorkbookException.class, call::run);
            assertTrue(e.detail().contains("县里的表.xlsx") && e.detail().contains("测试表"), e.detail());
            assertFalse(e.detail().contains("IndexOutOfBounds"), e.detail());
        }
    }
}
