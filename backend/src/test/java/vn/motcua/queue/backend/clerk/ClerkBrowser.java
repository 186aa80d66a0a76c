package vn.motcua.queue.backend.clerk;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/** One headless Chromium on the clerk console at laptop size (1366x768), with intent-level helpers. */
final class ClerkBrowser implements AutoCloseable {

    static final int WIDTH = 1366;
    static final int HEIGHT = 768;

    /**
     * Lets a test hold back the event stream's frames ({@code window.__holdEvents = true}), to act from a screen
     * that has not heard of another session's change yet. Injected through DevTools, never part of the page.
     */
    private static final String HOLD_EVENTS = """
            (() => {
              const Native = window.WebSocket;
              window.__holdEvents = false;
              function Held(url, protocols) {
                const ws = protocols === undefined ? new Native(url) : new Native(url, protocols);
                ws.addEventListener('message', e => { if (window.__holdEvents) { e.stopImmediatePropagation(); } });
                return ws;
              }
              Held.prototype = Native.prototype;
              Object.assign(Held, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
              window.WebSocket = Held;
            })();
            """;

    final ChromeDriver driver;
    private final URI base;

    ClerkBrowser(URI base) {
        this.base = base;
        File driverFile = new File("/usr/bin/chromedriver");
        File binary = new File("/usr/bin/chromium");
        if (!driverFile.canExecute() || !binary.canExecute()) {
            throw new AssertionError("browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions().setBinary(binary).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage",
                "--window-size=" + WIDTH + "," + HEIGHT, "--hide-scrollbars", "--lang=vi",
                "--force-device-scale-factor=1");
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driverFile)
                .usingAnyFreePort().build(), options);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOLD_EVENTS));
        open();
        fitViewport();
    }

    void open() {
        driver.get(base.resolve("/clerk/").toString());
    }

    /** --window-size counts the browser's own frame; the page itself must be exactly 1366x768. */
    private void fitViewport() {
        long innerWidth = (Long) driver.executeScript("return window.innerWidth");
        long innerHeight = (Long) driver.executeScript("return window.innerHeight");
        Dimension outer = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(outer.getWidth() + WIDTH - (int) innerWidth,
                outer.getHeight() + HEIGHT - (int) innerHeight));
    }

    WebElement visible(By by) {
        return await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                .until(() -> driver.findElement(by), WebElement::isDisplayed);
    }

    WebElement visible(String id) {
        return visible(By.id(id));
    }

    void signIn(String username, String password) {
        visible("username").clear();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("signin-submit")).click();
    }

    /** Chooses a counter on the chooser screen and waits for its console. */
    void chooseCounter(int number) {
        visible(By.cssSelector(".counter-choice[data-counter='" + number + "']")).click();
        visible("screen-console");
        await().atMost(Duration.ofSeconds(10)).until(() -> !text("where").isBlank());
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** The big number on the console ("—" when no citizen is at the counter). */
    String number() {
        return text("t-number");
    }

    boolean enabled(String id) {
        return driver.findElement(By.id(id)).isEnabled();
    }

    /** Clicks once the button is shown and enabled (a click that is refused never happened: try again). */
    void click(String id) {
        await().atMost(Duration.ofSeconds(10)).ignoreException(ElementNotInteractableException.class).until(() -> {
            WebElement e = driver.findElement(By.id(id));
            if (!e.isDisplayed() || !e.isEnabled()) {
                return false;
            }
            e.click();
            return true;
        });
    }

    /** Types keys at the page (not into a field), as a clerk does with the shortcuts, once the last action is done. */
    void press(CharSequence... keys) {
        idle();
        new Actions(driver).sendKeys(keys).perform();
    }

    void pressShifted(String key) {
        idle();
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(key).keyUp(Keys.SHIFT).perform();
    }

    /** The page has no action on its way (shortcuts pressed meanwhile are ignored, as double presses). */
    void idle() {
        await().atMost(Duration.ofSeconds(10)).until(() -> !"true".equals(
                driver.findElement(By.tagName("body")).getAttribute("data-busy")));
    }

    void holdEvents(boolean hold) {
        ((JavascriptExecutor) driver).executeScript("window.__holdEvents = arguments[0]", hold);
    }

    String sessionCookie() {
        Cookie c = driver.manage().getCookieNamed("motcua-session");
        return c == null ? null : c.getValue();
    }

    /** Height of the page's content beyond the window (0 when nothing needs scrolling). */
    long overflow() {
        return (Long) driver.executeScript(
                "return Math.max(0, document.documentElement.scrollHeight - window.innerHeight, "
                        + "document.documentElement.scrollWidth - window.innerWidth)");
    }

    void screenshot(String name) throws Exception {
        Path docs = Path.of(System.getProperty("motcua.docs.dir", "../docs"), "screenshots");
        Files.createDirectories(docs);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), docs.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
