package vn.motcua.queue.display;

import java.nio.file.Path;
import java.time.Clock;
import vn.motcua.queue.display.config.DisplayConfig;
import vn.motcua.queue.display.config.DisplayConfigLoader;

/**
 * {@code java -jar display.jar [config.properties|config.json]}: starts the agent and prints the hall
 * page's address for the kiosk-mode browser.
 */
public final class DisplayMain {
    private DisplayMain() {
    }

    public static void main(String[] args) throws Exception {
        Path file = args.length > 0 ? Path.of(args[0]) : null;
        DisplayConfig config;
        try {
            config = DisplayConfigLoader.load(file, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("display: bad configuration: " + e.getMessage());
            System.exit(1);
            return;
        }
        DisplayApp app = new DisplayApp(config, Clock.systemUTC());
        try {
            app.start().toCompletionStage().toCompletableFuture().get();
        } catch (java.util.concurrent.ExecutionException e) {
            System.err.println("display: cannot start on " + config.httpHost() + ":" + config.httpPort() + ": "
                    + e.getCause().getMessage() + " (another agent running? set http.port / DISPLAY_HTTP_PORT)");
            app.stop();
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "display-shutdown"));
        System.out.println("Hall display (Màn hình sảnh): " + app.url());
        System.out.println("  kiosk browser: chromium --kiosk --autoplay-policy=no-user-gesture-required " + app.url());
    }
}
