package vn.motcua.queue.backend.clerk;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import vn.motcua.queue.backend.support.Browser;

/** One headless Chromium on the clerk console at laptop size (1366x768), with intent-level helpers. */
final class ClerkBrowser extends Browser {

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

    ClerkBrowser(URI base) {
        super(base, WIDTH, HEIGHT);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOLD_EVENTS));
        open();
    }

    void open() {
        open("/clerk/");
    }

    /** Chooses a counter on the chooser screen and waits for its console. */
    void chooseCounter(int number) {
        visible(By.cssSelector(".counter-choice[data-counter='" + number + "']")).click();
        visible("screen-console");
        await().atMost(Duration.ofSeconds(10)).until(() -> !text("where").isBlank());
    }

    /** The big number on the console ("—" when no citizen is at the counter). */
    String number() {
        return text("t-number");
    }

    boolean enabled(String id) {
        return driver.findElement(By.id(id)).isEnabled();
    }

    /** Clicks the button if it is shown and enabled now; nothing when the page has moved on already. */
    void clickIfShown(String id) {
        try {
            WebElement e = driver.findElement(By.id(id));
            if (e.isDisplayed() && e.isEnabled()) {
                e.click();
            }
        } catch (ElementNotInteractableException | org.openqa.selenium.StaleElementReferenceException e) {
            // the sign-in screen replaced the console between the check and the click
        }
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
}
