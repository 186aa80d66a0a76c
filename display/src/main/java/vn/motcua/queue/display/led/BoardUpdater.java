package vn.motcua.queue.display.led;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import vn.motcua.queue.display.config.CounterSelection;
import vn.motcua.queue.display.hall.CallRecord;
import vn.motcua.queue.display.hall.CounterView;
import vn.motcua.queue.display.hall.HallListener;
import vn.motcua.queue.display.hall.HallState;
import vn.motcua.queue.hardware.ledboard.BoardMessage;
import vn.motcua.queue.hardware.ledboard.LedBoardBus;
import vn.motcua.queue.hardware.ledboard.LedBoardException;

/**
 * Keeps each counter's LED board in step with the hall: the called number on a call, blinking for a
 * while on a recall, blank while the counter is paused or closed. A finished ticket stays on the
 * board until the next call (citizens look up to see who is at the counter). Serial writes block,
 * so they run on their own thread, in order.
 */
public final class BoardUpdater implements HallListener, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(BoardUpdater.class.getName());

    private final LedBoardBus bus;
    private final CounterSelection boards;
    private final Duration blink;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "display-led");
        t.setDaemon(true);
        return t;
    });
    /** What each board was last told (only touched on the writer thread). */
    private final Map<Integer, BoardMessage> shown = new HashMap<>();
    private volatile String lastError;

    public BoardUpdater(LedBoardBus bus, CounterSelection boards, Duration blink) {
        this.bus = bus;
        this.boards = boards;
        this.blink = blink;
    }

    @Override
    public void onSnapshot(HallState state, List<CallRecord> missedCalls) {
        for (CounterView counter : state.counters()) {
            if (!boards.includes(counter.number())) {
                continue;
            }
            writer.execute(() -> {
                if (!counter.open()) {
                    send(counter.number(), BoardMessage.BLANK);
                } else if (counter.current() != null) {
                    send(counter.number(), BoardMessage.of(counter.current().number()));
                } else if (!shown.containsKey(counter.number())) {
                    send(counter.number(), BoardMessage.BLANK);
                }
            });
        }
    }

    @Override
    public void onCall(CallRecord call) {
        int counter = call.counterNumber();
        if (!boards.includes(counter)) {
            return;
        }
        String number = call.ticket().number();
        writer.execute(() -> send(counter, new BoardMessage(number, call.recall(), false)));
        if (call.recall() && !blink.isZero()) {
            writer.schedule(() -> {
                // stop blinking only if nothing newer reached this board meanwhile
                if (new BoardMessage(number, true, false).equals(shown.get(counter))) {
                    send(counter, BoardMessage.of(number));
                }
            }, blink.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void onCounter(CounterView counter) {
        if (!boards.includes(counter.number())) {
            return;
        }
        writer.execute(() -> {
            if (!counter.open()) {
                send(counter.number(), BoardMessage.BLANK);
            } else if (counter.current() != null) {
                BoardMessage now = shown.get(counter.number());
                if (now == null || !now.text().equals(counter.current().number())) {
                    send(counter.number(), BoardMessage.of(counter.current().number()));
                }
            }
        });
    }

    private void send(int counter, BoardMessage message) {
        if (message.equals(shown.get(counter))) {
            return;
        }
        try {
            bus.show(counter, message);
            shown.put(counter, message);
            lastError = null;
        } catch (LedBoardException | RuntimeException e) {
            // the next update tries again; the heartbeat reports the board meanwhile
            shown.remove(counter);
            lastError = "counter " + counter + ": " + e.getMessage();
            LOG.log(Level.WARNING, "LED board of counter {0} not updated: {1}", counter, e.getMessage());
        }
    }

    /** The last board failure, or null when the last write worked. */
    public String lastError() {
        return lastError;
    }

    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        bus.close();
    }
}
