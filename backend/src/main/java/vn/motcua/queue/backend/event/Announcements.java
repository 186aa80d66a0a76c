package vn.motcua.queue.backend.event;

import vn.motcua.queue.backend.center.Counter;

/** The one place where the Vietnamese call announcement is worded. */
public final class Announcements {

    private Announcements() {
    }

    /** "Mời công dân có số thứ tự A023 đến quầy số 5", with the counter's spoken name when it has one. */
    public static String call(String ticketNumber, Counter counter) {
        return "Mời công dân có số thứ tự " + ticketNumber + " đến " + spokenName(counter);
    }

    public static String spokenName(Counter counter) {
        if (counter.spokenName != null && !counter.spokenName.isBlank()) {
            return counter.spokenName.trim();
        }
        return "quầy số " + counter.number;
    }
}
