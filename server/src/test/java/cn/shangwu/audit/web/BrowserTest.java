package cn.shangwu.audit.web;

import cn.shangwu.audit.annotate.Annotator;
import cn.shangwu.audit.store.User;
import cn.shangwu.audit.testkit.TestForm;
import cn.shangwu.audit.testkit.TestServer;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The pages in a real headless Chromium: a county clerk logs in, uploads, sees the findings, downloads the annotated workbook,
 * uploads a clean version; a city reviewer opens it on the status board and accepts it. Screenshots go to target/browser-test/.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path OUT = Path.of("target", "browser-test").toAbsolutePath();
    private static final String LUKOU = "430212";
    private static WebDriver driver;
    private static Path downloads;
    private static Path profile;
    private final TestServer server = TestServer.workflow();

    @BeforeAll
    static void browser() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "chromium/chromedriver not installed");
        Files.createDirectories(OUT);
        downloads = OUT.resolve("downloads");
        if (Files.exists(downloads)) try (var w = Files.walk(downloads)) { w.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
        Files.createDirectories(downloads);
        profile = Files.createTempDirectory(OUT, "profile-");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=zh-CN",
                "--user-data-dir=" + profile);
        o.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false,
                "safebrowsing.enabled", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
    }

    @AfterAll
    static void close() throws Exception {
        if (driver != null) driver.quit();
        if (profile != null) try (var w = Files.walk(profile)) { w.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
    }

    @Test
    void countyUploadsSeesFindingsDownloadsAndTheReviewerAccepts() throws Exception {
        User county = TestServer.createUser("county", LUKOU);
        User city = TestServer.createUser("city", "430200");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

        login(county, wait);
        wait.until(ExpectedConditions.urlContains("file.html"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "渌口区"));
        assertFalse(driver.findElement(By.id("blank-list")).findElements(By.tagName("a")).isEmpty(), "blank templates are listed");

        Path v1 = OUT.resolve("渌口区测试表.xlsx");
        Files.write(v1, TestForm.workbook("100", "错误", "提示"));
        driver.findElement(By.id("file-input")).sendKeys(v1.toString());
        driver.findElement(By.id("upload-btn")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#findings tbody tr.sev-ERROR")));
        List<WebElement> rows = driver.findElements(By.cssSelector("#findings tbody tr"));
        assertEquals(2, rows.size());
        String error = rows.get(0).getText();
        assertTrue(error.contains("错误") && error.contains("测试表") && error.contains("B3"), error);
        assertEquals("100", driver.findElement(By.id("progress")).getAttribute("value"), "the progress bar reached 100 %");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#history tbody"), "有错误"));
        assertFalse(driver.findElement(By.id("summary")).getText().contains("null"), driver.findElement(By.id("summary")).getText());
        shot("1-county-findings");

        driver.findElement(By.id("download-annotated")).click();
        Path annotated = waitForDownload(".xlsx");
        try (Workbook wb = WorkbookFactory.create(annotated.toFile())) {
            assertNotNull(wb.getSheet(Annotator.RESULT_SHEET), "the annotated workbook has the 审核结果 sheet");
        }

        Path v2 = OUT.resolve("渌口区测试表-修改.xlsx");
        Files.write(v2, TestForm.workbook("100", "200"));
        driver.findElement(By.id("file-input")).sendKeys(v2.toString());
        driver.findElement(By.id("upload-btn")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "第 2 版"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#findings tbody"), "未发现问题"));
        shot("2-county-clean-version");
        driver.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.urlContains("index.html"));

        login(city, wait);
        wait.until(ExpectedConditions.urlContains("review.html"));
        new Select(driver.findElement(By.id("year"))).selectByValue(String.valueOf(Year.now().getValue() - 1));
        By cell = By.cssSelector("button.cell[data-unit='" + LUKOU + "'][data-template='" + TestForm.ID + "']");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(cell, "待审核"));
        shot("3-reviewer-board");
        driver.findElement(cell).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-title"), "第 2 版"));
        driver.findElement(By.id("accept-btn")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-state"), "已通过"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(cell, "已通过"));
        shot("4-reviewer-accepted");

        var status = server.get("/api/status?year=" + (Year.now().getValue() - 1), server.adminToken()).json();
        var row = WorkflowTest.find(status, LUKOU, TestForm.ID);
        assertEquals("ACCEPTED", row.get("state").asText());
        assertTrue(row.get("locked").asBoolean());

        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER))
            assertFalse(e.getMessage().contains("Content Security Policy") || e.getLevel() == Level.SEVERE && !e.getMessage().contains("favicon"),
                    "browser console: " + e.getMessage());
    }

    private void login(User u, WebDriverWait wait) {
        driver.get(server.base + "/index.html");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(u.username());
        driver.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
        driver.findElement(By.id("login-btn")).click();
    }

    private static Path waitForDownload(String ext) throws Exception {
        for (int i = 0; i < 100; i++) {
            try (var files = Files.list(downloads)) {
                var done = files.filter(p -> p.toString().endsWith(ext)).findFirst();
                if (done.isPresent() && Files.size(done.get()) > 0) return done.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no download in " + downloads);
    }

    private static void shot(String name) throws Exception {
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), OUT.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
