package vn.motcua.queue.display.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AnnouncerTest {
    private final ClipLibrary library = new ClipLibrary(Dialect.NORTH, null);
    private final AnnouncementScript script = new AnnouncementScript(
            new VoiceSettings(Dialect.NORTH, NumberReading.DIGITS, 1, true), library::has);

    /** An output that holds each announcement until the test releases it, and notices overlaps. */
    private static final class GatedOutput implements AudioOutput {
        final List<String> started = new CopyOnWriteArrayList<>();
        final AtomicInteger playing = new AtomicInteger();
        final AtomicInteger maxPlaying = new AtomicInteger();
        volatile CountDownLatch gate = new CountDownLatch(1);

        @Override
        public void play(Announcement announcement, ComposedAudio audio) throws InterruptedException {
            maxPlaying.accumulateAndGet(playing.incrementAndGet(), Math::max);
            started.add(announcement.ticketNumber() + (announcement.recall() ? "!" : ""));
            gate.await(10, TimeUnit.SECONDS);
            playing.decrementAndGet();
        }

        void release() {
            CountDownLatch old = gate;
            gate = new CountDownLatch(1);
            old.countDown();
        }
    }

    @Test
    void announcementsPlayOneAtATimeInOrderAndARecallIsAnnouncedAgain() {
        GatedOutput speaker = new GatedOutput();
        GatedOutput page = new GatedOutput();
        try (Announcer announcer = new Announcer(script, new ClipComposer(library), List.of(speaker, page))) {
            announcer.enqueue("A001", 1, false);
            announcer.enqueue("B002", 2, false);
            announcer.enqueue("A001", 1, true);

            await().atMost(Duration.ofSeconds(5)).until(() -> speaker.started.size() == 1 && page.started.size() == 1);
            assertThat(announcer.pending()).extracting(Announcement::ticketNumber).containsExactly("B002", "A001");
            assertThat(announcer.current().ticketNumber()).isEqualTo("A001");

            // the page finishing early does not let the next one start while the speaker still plays
            page.release();
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1)).until(() -> speaker.started.size() == 1);
            for (int i = 0; i < 3; i++) {
                speaker.release();
                page.release();
                int expected = Math.min(3, i + 2);
                await().atMost(Duration.ofSeconds(5)).until(() -> speaker.started.size() >= expected || announcer.pending().isEmpty());
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> announcer.current() == null && announcer.pending().isEmpty());
            assertThat(speaker.started).containsExactly("A001", "B002", "A001!");
            assertThat(page.started).containsExactly("A001", "B002", "A001!");
            assertThat(speaker.maxPlaying.get()).isEqualTo(1);
            assertThat(announcer.played()).extracting(Announcement::recall).containsExactly(false, false, true);
        }
    }

    @Test
    void eachAnnouncementKnowsItsClipsAndDuration() {
        try (Announcer announcer = new Announcer(script, new ClipComposer(library), List.of())) {
            Announcement a = announcer.enqueue("C105", 12, false);
            assertThat(a.clips()).startsWith("chime", "moi-cong-dan").endsWith("den-quay-so", "muoi", "hai");
            assertThat(a.duration()).isEqualTo(new ClipComposer(library).compose(a.clips()).duration());
        }
    }
}
