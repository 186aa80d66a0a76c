package vn.motcua.queue.display.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import vn.motcua.queue.display.DisplayApp;
import vn.motcua.queue.display.testing.BackendExtension;
import vn.motcua.queue.display.testing.BackendProcess;
import vn.motcua.queue.display.testing.TestDisplays;

/**
 * The hall page in Debian's headless Chromium, started with the kiosk autoplay flag: a call shows
 * within 1 s of the API call, nothing moves or scrolls, and the 1920x1080 screenshot goes to the docs.
 */
@ExtendWith(BackendExtension.class)
class DisplayBrowserTest {
    static final String AUTOPLAY_ALLOWED = "--autoplay-policy=no-user-gesture-required";

    private DisplayApp agent;
    private WebDriver browser;

    private void startAgent(Map<String, String> values) throws Exception {
        agent = new DisplayApp(TestDisplays.config(values), Clock.systemUTC());
        agent.start().toCompletionStage().toCompletableFuture().get();
    }

    private void openBrowser(String autoplayFlag) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--hide-scrollbars", autoplayFlag, "--window-size=1920,1080");
        browser = new ChromeDriver(service, options);
    }

    /** --window-size includes the browser's own bars; the page must be exactly this size. */
    private void viewport(int width, int height) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long innerWidth = (Long) js.executeScript("return window.innerWidth");
        long innerHeight = (Long) js.executeScript("return window.innerHeight");
        Dimension outer = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(outer.getWidth() + width - (int) innerWidth,
                outer.getHeight() + height - (int) innerHeight));
        await().atMost(Duration.ofSeconds(3)).until(() -> (Long) js.executeScript("return window.innerWidth") == width
                && (Long) js.executeScript("return window.innerHeight") == height);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (agent != null) {
            agent.stop();
        }
    }

    @Test
    void aNewCallIsOnScreenWithinOneSecondWithoutLayoutShiftOrScrollbars(BackendProcess backend) throws Exception {
        Map<String, String> values = TestDisplays.base(backend.url());
        values.put("page.notice", "Giờ làm việc: sáng 7:30–11:30, chiều 13:30–17:00 từ thứ Hai đến thứ Sáu. "
                + "Người cao tuổi, người khuyết tật, phụ nữ mang thai được ưu tiên — xin liên hệ quầy hướng dẫn.");
        startAgent(values);
        populateHall(backend);
        openBrowser(AUTOPLAY_ALLOWED);
        browser.get(agent.url());
        viewport(1920, 1080);
        await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElement(By.id("center-name")).getText()
                .startsWith("Đang") && browser.findElements(By.cssSelector(".tile")).size() == 12);
        assertThat(browser.findElement(By.id("offline")).isDisplayed()).isFalse();
        List<Object> before = layout();

        backend.issue("DD", "NONE");
        long calledAt = System.nanoTime();
        String number = backend.callNext(2).getString("number");
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20))
                .until(() -> browser.findElement(By.id("now-number")).getText().equals(number));
        long shownAfterMs = (System.nanoTime() - calledAt) / 1_000_000;
        assertThat(shownAfterMs).isLessThan(1000);
        assertThat(browser.findElement(By.id("now-counter")).getText()).isEqualTo("Quầy số 2");
        assertThat(browser.findElement(By.cssSelector(".tile[data-counter='2'] .tnum")).getText()).isEqualTo(number);

        assertThat(layout()).as("no layout shift when numbers change").isEqualTo(before);
        assertNoScrollbars();
        // the announcement reaches the page, and with the kiosk flag the browser may play it
        await().atMost(Duration.ofSeconds(15)).until(() -> (Boolean) js("return window.displayAudio.queued.length > 0"));
        assertThat((Boolean) js("return window.displayAudio.blocked")).isFalse();
        assertThat(browser.findElement(By.id("audio-blocked")).isDisplayed()).isFalse();

        // let the highlight finish so the screenshot shows the resting colours
        await().atMost(Duration.ofSeconds(12)).until(() -> !browser.findElement(By.id("now")).getAttribute("class").contains("flash"));
        saveScreenshot("display-1920x1080.png");

        viewport(1280, 720);
        assertNoScrollbars();
        saveScreenshot("display-1280x720.png");
    }

    @Test
    void blockedAudioShowsAVisibleWarningAndTellsTheAgent(BackendProcess backend) throws Exception {
        startAgent(TestDisplays.base(backend.url()));
        openBrowser("--autoplay-policy=document-user-activation-required");
        browser.get(agent.url());
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.findElement(By.id("audio-blocked")).isDisplayed());
        assertThat(browser.findElement(By.id("audio-blocked")).getText()).contains("chặn âm thanh");
        await().atMost(Duration.ofSeconds(5)).until(() -> agent.pageStatus().audioBlocked());
        assertThat(agent.health().status()).isEqualTo("WARNING");
    }

    @Test
    void aSingleCounterTabletShowsItsNumberAndAnAgentWithoutBackendShowsTheOfflineMark(BackendProcess backend)
            throws Exception {
        Map<String, String> values = TestDisplays.base(backend.url());
        values.put("display.profile", "counter");
        values.put("display.counters", "3");
        startAgent(values);
        backend.issue("TP", "NONE");
        String number = backend.callNext(3).getString("number");
        openBrowser(AUTOPLAY_ALLOWED);
        browser.get(agent.url());
        viewport(1280, 720);
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.findElement(By.id("single-number")).getText().equals(number));
        assertThat(browser.findElement(By.id("single-counter")).getText()).isEqualTo("Quầy số 3");
        assertThat(browser.findElement(By.cssSelector(".hall")).isDisplayed()).isFalse();
        assertNoScrollbars();
        saveScreenshot("display-counter-1280x720.png");

        // an agent whose backend is unreachable still serves its page: "đang kết nối" and the offline mark
        agent.stop();
        Map<String, String> dead = TestDisplays.base(java.net.URI.create("http://127.0.0.1:" + BackendProcess.freePort()));
        startAgent(dead);
        browser.get(agent.url());
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.findElement(By.id("offline")).isDisplayed());
        assertThat(browser.findElement(By.id("offline")).getText()).contains("Mất kết nối");
        assertThat(browser.findElement(By.id("center-name")).getText()).isEqualTo("Đang kết nối…");
    }

    /** A busy morning: queues in every service, several counters calling, one priority ticket, one counter paused. */
    private static void populateHall(BackendProcess backend) throws Exception {
        for (String service : List.of("DD", "DD", "TP", "TP", "TP", "KD", "XD", "LD", "GT", "GT", "MT", "TH", "TK", "KD",
                "DD", "TP", "GT", "TH")) {
            backend.issue(service, "NONE");
        }
        backend.issue("KD", "DISABLED");
        for (int counter : List.of(1, 2, 3, 4, 6, 5, 9, 12, 7)) {
            backend.callNext(counter);
        }
        backend.staff(BackendProcess.CENTER + "/counters/8/pause");
        backend.staff(BackendProcess.CENTER + "/counters/11/close");
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private List<Object> layout() {
        List<Object> rects = new ArrayList<>();
        for (String selector : List.of("#now", "#now-number", "#now-counter", ".recent", ".counters", ".services",
                ".tile[data-counter='2']", ".tile[data-counter='12']", ".svc[data-service='DD']", ".notice")) {
            rects.add(js("const r = document.querySelector(\"" + selector + "\").getBoundingClientRect();"
                    + "return [r.x, r.y, r.width, r.height].map(Math.round).join(',');"));
        }
        return rects;
    }

    private void assertNoScrollbars() {
        assertThat((Boolean) js("const e = document.documentElement; return e.scrollHeight <= window.innerHeight"
                + " && e.scrollWidth <= window.innerWidth")).as("page fits without scrolling").isTrue();
    }

    private void saveScreenshot(String name) throws Exception {
        Path docs = Path.of(System.getProperty("motcua.docs.dir", "../docs"), "screenshots");
        Files.createDirectories(docs);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), docs.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
