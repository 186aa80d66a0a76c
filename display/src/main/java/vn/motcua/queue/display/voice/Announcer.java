package vn.motcua.queue.display.voice;

import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The announcement queue: calls are composed and played one after another on a single thread, so
 * two announcements never overlap, and a recall is simply queued again. A burst of calls waits its
 * turn; beyond {@link #MAX_PENDING} the oldest waiting one is dropped (it is still on the screen).
 */
public final class Announcer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Announcer.class.getName());
    static final int MAX_PENDING = 30;
    private static final int HISTORY = 50;

    private final AnnouncementScript script;
    private final ClipComposer composer;
    private final List<AudioOutput> outputs;
    private final BlockingQueue<Announcement> pending = new LinkedBlockingQueue<>();
    private final Deque<Announcement> played = new ArrayDeque<>();
    private final AtomicLong ids = new AtomicLong();
    private final Thread worker;
    private final ExecutorService outputThreads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "display-audio-output");
        t.setDaemon(true);
        return t;
    });
    private volatile Announcement current;
    private volatile boolean running = true;

    public Announcer(AnnouncementScript script, ClipComposer composer, List<AudioOutput> outputs) {
        this.script = script;
        this.composer = composer;
        this.outputs = List.copyOf(outputs);
        this.worker = new Thread(this::run, "display-voice");
        worker.setDaemon(true);
        worker.start();
    }

    public Announcement enqueue(String ticketNumber, int counterNumber, boolean recall) {
        List<String> clips = script.clips(ticketNumber, counterNumber);
        Announcement announcement = new Announcement(ids.incrementAndGet(), ticketNumber, counterNumber, recall, clips,
                composer.compose(clips).duration());
        while (pending.size() >= MAX_PENDING) {
            Announcement dropped = pending.poll();
            if (dropped != null) {
                LOG.log(Level.WARNING, "announcement queue full: dropped {0} to counter {1}", dropped.ticketNumber(),
                        dropped.counterNumber());
            }
        }
        pending.add(announcement);
        return announcement;
    }

    /** Waiting to be played, oldest first. */
    public List<Announcement> pending() {
        return List.copyOf(pending);
    }

    public Announcement current() {
        return current;
    }

    /** Played (or being played), oldest first; the last {@value #HISTORY}. */
    public synchronized List<Announcement> played() {
        return List.copyOf(played);
    }

    private void run() {
        while (running) {
            Announcement next;
            try {
                next = pending.take();
            } catch (InterruptedException e) {
                return;
            }
            current = next;
            synchronized (this) {
                played.addLast(next);
                if (played.size() > HISTORY) {
                    played.removeFirst();
                }
            }
            LOG.log(Level.INFO, "announcing {0} to counter {1}{2} ({3} ms)", next.ticketNumber(), next.counterNumber(),
                    next.recall() ? " (recall)" : "", next.duration().toMillis());
            ComposedAudio audio = composer.compose(next.clips());
            // the speaker and the page play at the same time; the next one waits for both
            CompletableFuture<?>[] runs = outputs.stream()
                    .map(output -> CompletableFuture.runAsync(() -> play(output, next, audio), outputThreads))
                    .toArray(CompletableFuture[]::new);
            try {
                CompletableFuture.allOf(runs).get();
            } catch (InterruptedException e) {
                return;
            } catch (ExecutionException e) {
                // play() logs its own failures
            }
            current = null;
        }
    }

    private static void play(AudioOutput output, Announcement announcement, ComposedAudio audio) {
        try {
            output.play(announcement, audio);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "audio output {0} failed: {1}", output.getClass().getSimpleName(), e.toString());
        }
    }

    @Override
    public void close() {
        running = false;
        worker.interrupt();
        outputThreads.shutdownNow();
    }
}
