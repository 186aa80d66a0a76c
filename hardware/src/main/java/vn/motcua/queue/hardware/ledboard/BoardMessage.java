package vn.motcua.queue.hardware.ledboard;

/**
 * What one counter board shows: a ticket number (or any short ASCII text), optionally blinking
 * (just called) and with an arrow (towards the counter). Empty text is a blank board.
 */
public record BoardMessage(String text, boolean blink, boolean arrow) {
    public static final BoardMessage BLANK = new BoardMessage("", false, false);

    public BoardMessage {
        if (!text.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            throw new IllegalArgumentException("LED boards take printable ASCII only: " + text);
        }
    }

    public static BoardMessage of(String text) {
        return new BoardMessage(text, false, false);
    }
}
