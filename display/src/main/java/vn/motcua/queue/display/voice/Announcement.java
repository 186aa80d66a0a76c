package vn.motcua.queue.display.voice;

import java.time.Duration;
import java.util.List;

/** One queued call announcement, as composed. */
public record Announcement(long id, String ticketNumber, int counterNumber, boolean recall, List<String> clips,
                           Duration duration) {
}
