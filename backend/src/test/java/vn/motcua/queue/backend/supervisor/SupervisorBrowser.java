package vn.motcua.queue.backend.supervisor;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import org.openqa.selenium.By;
import vn.motcua.queue.backend.support.Browser;

/** One headless Chromium on the supervisor pages at a given screen size, with intent-level helpers. */
final class SupervisorBrowser extends Browser {

    SupervisorBrowser(URI base, int width, int height) {
        super(base, width, height);
    }

    /** Signs in and waits for the page's own screen. */
    @Override
    public void signIn(String username, String password) {
        super.signIn(username, password);
        visible("screen-page");
    }

    /** Follows the top bar's link to another supervisor page. */
    void navigate(String page) {
        visible(By.cssSelector("#nav a[data-page='" + page + "']")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> page.equals(
                driver.findElement(By.tagName("body")).getAttribute("data-page")));
        visible("screen-page");
    }
}
