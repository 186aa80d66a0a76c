package vn.motcua.queue.kiosk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import vn.motcua.queue.kiosk.config.KioskConfig;
import vn.motcua.queue.kiosk.config.KioskConfigLoader;

/**
 * Starts the kiosk agent: {@code KioskMain [config.properties]}. Without an argument it reads
 * {@code $KIOSK_CONFIG}, else {@code ./kiosk.properties} if present; environment variables
 * ({@code KIOSK_...}) override the file.
 */
public final class KioskMain {
    private KioskMain() {
    }

    public static void main(String[] args) throws Exception {
        KioskConfig config = KioskConfigLoader.load(configFile(args), System.getenv());
        KioskApp app = new KioskApp(config, Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "kiosk-shutdown"));
        app.start().toCompletionStage().toCompletableFuture().join();
        System.out.println("MotCua kiosk for " + config.center() + " -> backend " + config.backendUrl());
        System.out.println("Kiosk UI: " + app.url() + "  (open it in a kiosk-mode browser, e.g. chromium --kiosk " + app.url() + ")");
        if (config.simulatedButtonsHttpPort() > 0) {
            System.out.println("Simulated buttons: curl -X POST http://127.0.0.1:" + config.simulatedButtonsHttpPort()
                    + "/buttons/" + (config.buttons().isEmpty() ? "SERVICE" : config.buttons().get(0).service()) + "/press");
        }
        if ("simulated".equalsIgnoreCase(config.printer().get("transport"))) {
            System.out.println("Simulated printer writes tickets (PNG + text) into " + Path.of(config.printer().get("folder")).toAbsolutePath());
        }
    }

    private static Path configFile(String[] args) {
        if (args.length > 0) {
            return Path.of(args[0]);
        }
        String fromEnv = System.getenv("KIOSK_CONFIG");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        Path local = Path.of("kiosk.properties");
        return Files.isRegularFile(local) ? local : null;
    }
}
