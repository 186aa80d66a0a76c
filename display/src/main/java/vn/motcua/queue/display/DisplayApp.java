package vn.motcua.queue.display;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.queue.display.config.DisplayConfig;
import vn.motcua.queue.display.heartbeat.DeviceHealth;
import vn.motcua.queue.display.heartbeat.HeartbeatSender;
import vn.motcua.queue.display.hall.HallState;
import vn.motcua.queue.display.led.BoardUpdater;
import vn.motcua.queue.display.led.LedBusFactory;
import vn.motcua.queue.display.stream.EventStreamClient;
import vn.motcua.queue.display.stream.StreamListener;
import vn.motcua.queue.display.voice.AnnouncementScript;
import vn.motcua.queue.display.voice.Announcer;
import vn.motcua.queue.display.voice.AudioOutput;
import vn.motcua.queue.display.voice.CallAnnouncements;
import vn.motcua.queue.display.voice.ClipComposer;
import vn.motcua.queue.display.voice.ClipLibrary;
import vn.motcua.queue.display.voice.LocalSpeaker;
import vn.motcua.queue.display.voice.PageAudio;
import vn.motcua.queue.display.web.DisplayServer;
import vn.motcua.queue.display.web.PageFeed;
import vn.motcua.queue.display.web.PageStatus;
import vn.motcua.queue.hardware.ledboard.LedBoardBus;

/**
 * The display agent wired together: event stream -> hall state -> page feed, voice and LED boards,
 * plus the heartbeat. One instance per box.
 */
public final class DisplayApp {
    private static final System.Logger LOG = System.getLogger(DisplayApp.class.getName());

    private final DisplayConfig config;
    private final Vertx vertx;
    private final HallState hall = new HallState();
    private final PageFeed feed;
    private final PageStatus pageStatus = new PageStatus();
    private final PageAudio pageAudio;
    private final LocalSpeaker speaker;
    private final Announcer announcer;
    private final LedBoardBus bus;
    private final BoardUpdater boards;
    private final EventStreamClient stream;
    private final DisplayServer server;
    private final HeartbeatSender heartbeat;
    private int port;

    public DisplayApp(DisplayConfig config, Clock clock) {
        this.config = config;
        this.vertx = Vertx.vertx();
        this.feed = new PageFeed(vertx, hall);
        hall.addListener(feed);

        DisplayConfig.Voice voice = config.voice();
        pageAudio = voice.output().page() ? new PageAudio(feed::announce) : null;
        speaker = voice.output().speaker() ? new LocalSpeaker(voice.mixer()) : null;
        List<AudioOutput> outputs = new ArrayList<>();
        if (pageAudio != null) {
            outputs.add(pageAudio);
        }
        if (speaker != null) {
            outputs.add(speaker);
        }
        if (outputs.isEmpty()) {
            announcer = null;
        } else {
            ClipLibrary clips = new ClipLibrary(voice.settings().dialect(), voice.clipsDir());
            announcer = new Announcer(new AnnouncementScript(voice.settings(), clips::has), new ClipComposer(clips), outputs);
            hall.addListener(new CallAnnouncements(announcer, config.screen().counters(), voice.catchUp(), clock));
        }

        bus = LedBusFactory.create(config.led());
        boards = bus == null ? null : new BoardUpdater(bus, config.led().counters(), config.led().blink());
        if (boards != null) {
            hall.addListener(boards);
        }

        stream = new EventStreamClient(vertx, config.backendUrl(), config.center(), config.timing(), new StreamListener() {
            @Override
            public void onSnapshot(JsonObject snapshot) {
                hall.applySnapshot(snapshot);
            }

            @Override
            public void onEvent(JsonObject event) {
                hall.applyEvent(event);
            }

            @Override
            public void onDisconnected(String reason) {
                hall.setDisconnected();
            }
        });
        server = new DisplayServer(vertx, config, hall, feed, pageAudio, pageStatus);
        heartbeat = new HeartbeatSender(vertx, config.backendUrl(), config.deviceToken(), config.timing().heartbeat(),
                this::health);
    }

    public Future<Void> start() {
        return server.start().map(actualPort -> {
            port = actualPort;
            stream.start();
            heartbeat.start();
            LOG.log(Level.INFO, "display agent for {0} on {1}, backend {2}", config.center(), url(), config.backendUrl());
            return null;
        });
    }

    public void stop() {
        stream.stop();
        heartbeat.stop();
        if (announcer != null) {
            announcer.close();
        }
        if (boards != null) {
            boards.close();
        }
        server.stop().toCompletionStage().toCompletableFuture().join();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    /** The hall page, e.g. {@code http://127.0.0.1:8091/}. */
    public String url() {
        String host = config.httpHost().equals("0.0.0.0") ? "127.0.0.1" : config.httpHost();
        return "http://" + host + ":" + port + "/";
    }

    public DeviceHealth health() {
        return new DeviceHealth(hall.connected(), boards == null ? null : boards.lastError(), pageStatus.audioBlocked(),
                speaker == null ? null : speaker.lastError(), feed.pageCount());
    }

    public HallState hall() {
        return hall;
    }

    /** null when voice.output=none. */
    public Announcer announcer() {
        return announcer;
    }

    /** null when led.transport=none. */
    public LedBoardBus ledBus() {
        return bus;
    }

    public EventStreamClient stream() {
        return stream;
    }

    public HeartbeatSender heartbeat() {
        return heartbeat;
    }

    public PageStatus pageStatus() {
        return pageStatus;
    }
}
