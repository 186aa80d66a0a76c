package vn.motcua.queue.kiosk;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import vn.motcua.queue.hardware.gpio.ButtonPanel;
import vn.motcua.queue.hardware.gpio.ButtonPanelConfig;
import vn.motcua.queue.hardware.gpio.GpioDevices;
import vn.motcua.queue.hardware.gpio.StatusLeds;
import vn.motcua.queue.hardware.gpio.StatusLedsConfig;
import vn.motcua.queue.hardware.printer.PrinterConfig;
import vn.motcua.queue.hardware.printer.TicketPrinter;
import vn.motcua.queue.hardware.printer.TicketPrinters;
import vn.motcua.queue.kiosk.backend.BackendClient;
import vn.motcua.queue.kiosk.buttons.ButtonKiosk;
import vn.motcua.queue.kiosk.config.KioskConfig;
import vn.motcua.queue.kiosk.heartbeat.HeartbeatSender;
import vn.motcua.queue.kiosk.issue.IdempotentIssue;
import vn.motcua.queue.kiosk.issue.Outbox;
import vn.motcua.queue.kiosk.issue.TicketCards;
import vn.motcua.queue.kiosk.issue.TicketIssuer;
import vn.motcua.queue.kiosk.printer.PrinterWorker;
import vn.motcua.queue.kiosk.services.PollingServiceFeed;
import vn.motcua.queue.kiosk.status.Backoff;
import vn.motcua.queue.kiosk.status.BackendMonitor;
import vn.motcua.queue.kiosk.status.KioskStatus;
import vn.motcua.queue.kiosk.status.PrinterWatch;
import vn.motcua.queue.kiosk.status.StatusLights;
import vn.motcua.queue.kiosk.web.KioskHttpServer;

/** Wires the kiosk's parts from its config; {@link KioskMain} and the tests start it the same way. */
public final class KioskApp implements AutoCloseable {
    private final KioskConfig config;
    private final Vertx vertx = Vertx.vertx();
    private final KioskStatus status = new KioskStatus();
    private final PrinterWorker printer;
    private final BackendClient backend;
    private final PollingServiceFeed services;
    private final TicketCards cards;
    private final Outbox outbox = new Outbox();
    private final BackendMonitor monitor;
    private final TicketIssuer issuer;
    private final PrinterWatch printerWatch;
    private final HeartbeatSender heartbeat;
    private final GpioDevices gpio;
    private final StatusLeds leds;
    private final ButtonPanel buttons;
    private final KioskHttpServer http;

    public KioskApp(KioskConfig config, Clock clock) {
        this(config, clock, TicketPrinters.create(PrinterConfig.fromMap(config.printer())));
    }

    /** With a printer built elsewhere (a test's failing printer); the {@code printer.*} keys then only describe it. */
    public KioskApp(KioskConfig config, Clock clock, TicketPrinter ticketPrinter) {
        this.config = config;
        KioskConfig.Timing timing = config.timing();
        PrinterConfig printerConfig = PrinterConfig.fromMap(config.printer());
        this.printer = new PrinterWorker(vertx, ticketPrinter);
        this.backend = new BackendClient(vertx, config.backendUrl(), config.center(), config.deviceToken(), timing.issueTimeout());
        this.services = new PollingServiceFeed(vertx, backend, status);
        this.cards = new TicketCards(config);
        this.monitor = new BackendMonitor(vertx, status, new Backoff(timing.recoveryMinBackoff(), timing.recoveryMaxBackoff()),
                this::probe);
        this.issuer = new TicketIssuer(status, printer,
                new IdempotentIssue(vertx, backend, timing.issueTimeout(), timing.issueAttempts(), timing.issueRetryDelay()),
                backend, monitor, cards, outbox);
        this.printerWatch = new PrinterWatch(vertx, printer, status);
        this.heartbeat = new HeartbeatSender(vertx, backend, status, outbox::size,
                printerConfig.transport() + "/" + config.printer().getOrDefault("profile", "raster"));
        this.gpio = GpioDevices.open(config.gpioProvider(), clock);
        KioskConfig.LedPins pins = config.leds();
        this.leds = gpio.statusLeds(new StatusLedsConfig(config.gpioProvider(), pins.ready(), pins.busy(), pins.error(),
                pins.buzzer(), pins.activeHigh()));
        this.buttons = config.buttons().isEmpty() ? null : gpio.buttonPanel(buttonPanelConfig(config));
        this.http = new KioskHttpServer(vertx, config, status, services, issuer, cards);
    }

    private static ButtonPanelConfig buttonPanelConfig(KioskConfig config) {
        return new ButtonPanelConfig(config.gpioProvider(),
                config.buttons().stream().map(b -> new ButtonPanelConfig.Button(b.service(), b.bcmPin())).toList(),
                ButtonPanelConfig.Pull.UP, true, Duration.ofMillis(50), config.buttonLockout(),
                config.simulatedButtonsHttpPort(), config.simulatedButtonsStdin());
    }

    /** Reachable means: the center is known (its name goes on the paper) and the services answer. */
    private Future<?> probe() {
        Future<?> center = cards.center() != null ? Future.succeededFuture() : backend.center().onSuccess(cards::center);
        return center.compose(c -> services.refresh());
    }

    public Future<KioskApp> start() {
        StatusLights.follow(status, leds);
        if (buttons != null) {
            ButtonKiosk.wire(buttons, issuer, vertx.getOrCreateContext());
        }
        monitor.onRecovery(outbox::flush);
        monitor.onRecovery(heartbeat::sendNow);
        KioskConfig.Timing timing = config.timing();
        return http.start().map(server -> {
            monitor.start();
            services.start(timing.servicesRefresh(), monitor);
            printerWatch.start(timing.printerCheck());
            heartbeat.start(timing.heartbeat(), monitor, outbox::flush);
            return this;
        });
    }

    public String url() {
        return "http://" + config.httpHost() + ":" + http.port() + "/";
    }

    public int port() {
        return http.port();
    }

    public KioskStatus status() {
        return status;
    }

    public TicketIssuer issuer() {
        return issuer;
    }

    /** Null for a touch-only kiosk. */
    public ButtonPanel buttons() {
        return buttons;
    }

    public StatusLeds leds() {
        return leds;
    }

    public HeartbeatSender heartbeat() {
        return heartbeat;
    }

    public int unsentReports() {
        return outbox.size();
    }

    @Override
    public void close() {
        heartbeat.close();
        printerWatch.close();
        services.close();
        monitor.close();
        http.close().toCompletionStage().toCompletableFuture().join();
        if (buttons != null) {
            buttons.close();
        }
        leds.close();
        gpio.close();
        backend.close();
        printer.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
