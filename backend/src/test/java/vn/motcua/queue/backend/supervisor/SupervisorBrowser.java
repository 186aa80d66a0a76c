package vn.motcua.queue.backend.supervisor;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
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

    /** Whether anything in the page's main part scrolls sideways: the width beyond its box, 0 when none. */
    long sidewaysOverflow() {
        return (Long) driver.executeScript("return Math.max(0, ...[...document.querySelectorAll('main, main .card, "
                + "main .scroll')].map(e => e.scrollWidth - e.clientWidth))");
    }

    /** On the heatmap page: asks for the days from..to (the answer comes later). */
    void heatmapRange(LocalDate from, LocalDate to) {
        driver.executeScript("document.getElementById('from').value = arguments[0];"
                + "document.getElementById('to').value = arguments[1];", from.toString(), to.toString());
        visible("show").click();
    }

    /** On the staffing page: asks for the advice for {@code day} (the answer comes later). */
    void staffingDate(LocalDate day) {
        driver.executeScript("document.getElementById('date').value = arguments[0];", day.toString());
        visible("show").click();
    }

    /** The staffing table's hour cells as they read (innerText), by service code, in the order of the hours. */
    @SuppressWarnings("unchecked")
    Map<String, List<String>> staffingHourCells() {
        return (Map<String, List<String>>) driver.executeScript("return Object.fromEntries([...document.querySelectorAll("
                + "'#staffing-body tr[data-service]')].map(tr => [tr.dataset.service, "
                + "[...tr.querySelectorAll('td.hour-cell')].map(td => td.innerText)]))");
    }

    /** The heatmap table's cell of a row (service code or ISO weekday) and hour. */
    WebElement heatCell(String row, int hour) {
        return driver.findElement(By.cssSelector("#heat-body tr[data-row='" + row + "'] td[data-hour='" + hour + "']"));
    }

    /**
     * The heatmap chart's cell of a row and hour after hovering it (ECharts' showTip): its level (0 under 80% of the
     * target, 1 from 80% to 100%, 2 beyond), border width and the tooltip's text; null when the chart has no such cell.
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> hoverHeatmap(String row, int hour) {
        return (Map<String, Object>) driver.executeScript("""
                const [key, hour] = arguments;
                const el = document.getElementById('chart');
                const chart = echarts.getInstanceByDom(el);
                const option = chart.getOption();
                const r = [...document.querySelectorAll('#heat-body tr')].findIndex(tr => tr.dataset.row === key);
                const c = option.xAxis[0].data.indexOf(hour + 'h');
                const i = option.series[0].data.findIndex(d => d.value[0] === c && d.value[1] === r);
                if (i < 0) {
                  return null;
                }
                chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: i });
                const item = option.series[0].data[i];
                return { level: item.value[3], border: (item.itemStyle || {}).borderWidth || 1, tip: el.innerText };
                """, row, hour);
    }

    /** Runs {@code body} (JavaScript returning a value) with {@code m} the page's heatlevels.js module. */
    List<Object> heatLevels(String body) {
        @SuppressWarnings("unchecked")
        List<Object> result = (List<Object>) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "import('/supervisor/heatlevels.js').then(m => { " + body + " }).then(done, e => done(String(e)));");
        return result;
    }
}
