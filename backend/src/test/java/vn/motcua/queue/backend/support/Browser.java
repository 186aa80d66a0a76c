package vn.motcua.queue.backend.support;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium on the backend's pages with the page itself at an exact screen size: Debian's chromium and
 * chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver; no Selenium Manager, nothing downloaded), Vietnamese
 * first. The helpers every staff page's browser test needs; a page's own browser class adds its intents.
 */
public class Browser implements AutoCloseable {

    public final ChromeDriver driver;
    private final URI base;

    public Browser(URI base, int width, int height) {
        this.base = base;
        File driverFile = new File("/usr/bin/chromedriver");
        File binary = new File("/usr/bin/chromium");
        if (!driverFile.canExecute() || !binary.canExecute()) {
            throw new AssertionError("browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions().setBinary(binary).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height, "--hide-scrollbars", "--lang=vi", "--force-device-scale-factor=1");
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driverFile)
                .usingAnyFreePort().build(), options);
        size(width, height);
    }

    /** Opens a path of the backend, e.g. "/clerk/". */
    public void open(String path) {
        driver.get(base.resolve(path).toString());
    }

    /** The page itself (not the browser's frame, which --window-size counts) gets exactly width x height. */
    public void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        long innerWidth = (Long) driver.executeScript("return window.innerWidth");
        long innerHeight = (Long) driver.executeScript("return window.innerHeight");
        Dimension outer = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(outer.getWidth() + width - (int) innerWidth,
                outer.getHeight() + height - (int) innerHeight));
    }

    public WebElement visible(By by) {
        return await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                .until(() -> driver.findElement(by), WebElement::isDisplayed);
    }

    public WebElement visible(String id) {
        return visible(By.id(id));
    }

    public String text(By by) {
        return driver.findElement(by).getText();
    }

    public String text(String id) {
        return text(By.id(id));
    }

    /** Fills in the staff pages' sign-in form and sends it (what comes next is the page's). */
    public void signIn(String username, String password) {
        visible("username").clear();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("signin-submit")).click();
    }

    /** Height of the page's content beyond the window (0 when nothing needs scrolling). */
    public long overflow() {
        return (Long) driver.executeScript(
                "return Math.max(0, document.documentElement.scrollHeight - window.innerHeight, "
                        + "document.documentElement.scrollWidth - window.innerWidth)");
    }

    /** Whether an element sticks out of the window (cut off on this screen). */
    public boolean fitsWindow(By by) {
        return (Boolean) driver.executeScript("const r = arguments[0].getBoundingClientRect();"
                + "return r.right <= window.innerWidth + 1 && r.bottom <= window.innerHeight + 1;", driver.findElement(by));
    }

    /** Saves what the window shows as docs/screenshots/{name} (the folder: system property motcua.docs.dir). */
    public void screenshot(String name) throws Exception {
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
