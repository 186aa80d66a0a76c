package vn.motcua.queue.kiosk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vertx.core.json.JsonObject;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import vn.motcua.queue.kiosk.KioskApp;
import vn.motcua.queue.kiosk.status.KioskMode;
import vn.motcua.queue.kiosk.testing.BackendExtension;
import vn.motcua.queue.kiosk.testing.BackendFacts;
import vn.motcua.queue.kiosk.testing.BackendServer;
import vn.motcua.queue.kiosk.testing.TestKiosks;

/**
 * The touch UI in Debian's headless Chromium at the 10" kiosk size (1280x800): a citizen takes a
 * number with taps only. Saves the confirmation screen for docs/kiosk.md.
 */
@ExtendWith(BackendExtension.class)
class KioskBrowserTest {
    @TempDir
    Path tickets;
    private BackendFacts facts;
    private KioskApp kiosk;
    private WebDriver browser;

    @BeforeEach
    void start(BackendServer backend) throws Exception {
        facts = new BackendFacts(backend);
        Map<String, String> values = TestKiosks.base(backend.url());
        values.put("printer.transport", "simulated");
        values.put("printer.folder", tickets.toString());
        kiosk = new KioskApp(TestKiosks.config(values), Clock.systemUTC());
        kiosk.start().toCompletionStage().toCompletableFuture().get();
        await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.status().mode() == KioskMode.READY);
        browser = chromium();
        fitViewport(1280, 800);
    }

    /** --window-size includes the browser's own bars; the screenshot must be the page at exactly this size. */
    private void fitViewport(int width, int height) {
        browser.get(kiosk.url());
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long innerWidth = (Long) js.executeScript("return window.innerWidth");
        long innerHeight = (Long) js.executeScript("return window.innerHeight");
        Dimension outer = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(outer.getWidth() + width - (int) innerWidth,
                outer.getHeight() + height - (int) innerHeight));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (kiosk != null) {
            kiosk.close();
        }
    }

    /** Debian's chromium and chromedriver by path: Selenium Manager must not try to download anything. */
    private static WebDriver chromium() {
        File driver = new File("/usr/bin/chromedriver");
        File binary = new File("/usr/bin/chromium");
        if (!driver.canExecute() || !binary.canExecute()) {
            throw new AssertionError("browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions().setBinary(binary).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage",
                "--window-size=1280,800", "--hide-scrollbars", "--lang=vi", "--force-device-scale-factor=1");
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build(),
                options);
    }

    private WebElement visible(By by) {
        return await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                .until(() -> browser.findElement(by), WebElement::isDisplayed);
    }

    @Test
    void aCitizenChoosesAServiceAndSeesTheNumberThatWasIssued() throws Exception {
        Set<String> before = facts.ticketIds();
        browser.get(kiosk.url());
        visible(By.id("idle-start")).click();

        WebElement land = visible(By.cssSelector(".service[data-service='DD']"));
        assertThat(land.getText()).contains("Đất đai").contains("Đang chờ");
        assertThat(browser.findElements(By.cssSelector(".service"))).hasSize(9);
        screenshot("kiosk-services-1280x800.png");
        land.click();

        assertThat(visible(By.cssSelector("#screen-priority h1")).getText()).isEqualTo("Bạn có thuộc đối tượng ưu tiên không?");
        visible(By.cssSelector("[data-priority='ELDERLY']")).click();

        WebElement number = visible(By.id("result-number"));
        List<JsonObject> issued = facts.ticketsSince(before);
        assertThat(issued).hasSize(1);
        assertThat(number.getText()).isEqualTo(issued.get(0).getString("number"));
        assertThat(issued.get(0).getString("priority")).isEqualTo("ELDERLY");
        assertThat(browser.findElement(By.id("result-service")).getText()).isEqualTo("Đất đai");
        assertThat(browser.findElement(By.id("result-note")).getText()).isEqualTo("Vui lòng nhận phiếu ở khe bên dưới và chờ gọi số.");
        screenshot("kiosk-1280x800.png");
    }

    @Test
    void theClockShowsTheCentersLocalTimeNotTheMachinesZone() {
        browser.get(kiosk.url());
        java.time.ZoneId centerZone = java.time.ZoneId.of("Asia/Ho_Chi_Minh"); // the demo center's zone
        java.time.format.DateTimeFormatter hhmm = java.time.format.DateTimeFormatter.ofPattern("HH:mm");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String shown = browser.findElement(By.id("clock")).getText().trim();
            java.time.LocalTime now = java.time.LocalTime.now(centerZone);
            assertThat(shown).isIn(now.format(hhmm), now.minusMinutes(1).format(hhmm));
        });
    }

    @Test
    void theSearchKeyboardNarrowsTheServicesWithoutDiacritics() {
        browser.get(kiosk.url());
        visible(By.id("idle-start")).click();
        visible(By.cssSelector(".service[data-service='TH']"));
        visible(By.id("search-text")).click();

        for (String letter : List.of("T", "H", "U", "E")) {
            browser.findElements(By.cssSelector("#keyboard .key")).stream()
                    .filter(k -> k.getText().equals(letter)).findFirst().orElseThrow().click();
        }

        await().atMost(Duration.ofSeconds(5)).ignoreExceptions().untilAsserted(() -> assertThat(browser.findElements(By.cssSelector(".service")))
                .extracting(WebElement::getText).singleElement().asString().startsWith("Thuế"));
    }

    /** Into docs/screenshots (system property motcua.docs.dir, set by the pom), else target/. */
    private void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        String docs = System.getProperty("motcua.docs.dir");
        Path dir = docs == null ? Path.of("target") : Path.of(docs, "screenshots");
        Files.createDirectories(dir);
        Path target = dir.resolve(name);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
    }
}
