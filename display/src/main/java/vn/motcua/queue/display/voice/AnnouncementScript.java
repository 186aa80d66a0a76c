package vn.motcua.queue.display.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Turns a call (ticket "A023", counter 5) into the clip names to play:
 * chime, "Mời công dân có số thứ tự", "a", "không hai ba", "đến quầy số", "năm" — repeated after a
 * pause when configured. A center that recorded a clip {@code quay-5} ("quầy tiếp nhận hồ sơ đất
 * đai") gets "đến" + that clip instead of the number.
 */
public final class AnnouncementScript {
    public static final String CHIME = "chime";
    public static final String INTRO = "moi-cong-dan";
    public static final String TO_COUNTER_NUMBER = "den-quay-so";
    public static final String TO = "den";
    public static final String SHORT_PAUSE = "pause-short";
    public static final String LONG_PAUSE = "pause-long";

    private final VoiceSettings settings;
    private final VietnameseNumbers numbers;
    private final Predicate<String> hasClip;

    /** @param hasClip whether an optional clip (a counter's own name) exists */
    public AnnouncementScript(VoiceSettings settings, Predicate<String> hasClip) {
        this.settings = settings;
        this.numbers = new VietnameseNumbers(settings.dialect());
        this.hasClip = hasClip;
    }

    public List<String> clips(String ticketNumber, int counterNumber) {
        List<String> sentence = sentence(ticketNumber, counterNumber);
        List<String> clips = new ArrayList<>();
        if (settings.chime()) {
            clips.add(CHIME);
        }
        for (int i = 0; i < settings.repeat(); i++) {
            if (i > 0) {
                clips.add(LONG_PAUSE);
            }
            clips.addAll(sentence);
        }
        return List.copyOf(clips);
    }

    private List<String> sentence(String ticketNumber, int counterNumber) {
        List<String> clips = new ArrayList<>();
        clips.add(INTRO);
        clips.add(SHORT_PAUSE);
        clips.addAll(ticket(ticketNumber));
        clips.add(SHORT_PAUSE);
        String counterClip = "quay-" + counterNumber;
        if (hasClip.test(counterClip)) {
            clips.add(TO);
            clips.add(counterClip);
        } else {
            clips.add(TO_COUNTER_NUMBER);
            numbers.words(counterNumber).forEach(w -> clips.add(w.clipName()));
        }
        return clips;
    }

    /** Letters by their Vietnamese names, then the digits; anything else (a dash) is skipped. */
    List<String> ticket(String ticketNumber) {
        List<String> clips = new ArrayList<>();
        String upper = ticketNumber.toUpperCase(Locale.ROOT);
        int i = 0;
        while (i < upper.length() && !Character.isDigit(upper.charAt(i))) {
            char c = upper.charAt(i++);
            if (c >= 'A' && c <= 'Z') {
                clips.add("chu-" + Character.toLowerCase(c));
            }
        }
        String digits = upper.substring(i).replaceAll("[^0-9]", "");
        if (digits.isEmpty()) {
            return clips;
        }
        List<Word> words = settings.reading() == NumberReading.DIGITS || digits.length() > 6
                ? numbers.digits(digits)
                : numbers.words(Integer.parseInt(digits));
        words.forEach(w -> clips.add(w.clipName()));
        return clips;
    }
}
