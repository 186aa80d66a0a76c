package vn.motcua.queue.hardware.ledboard;

/** A board did not take its update after all retries, or the bus is down. */
public class LedBoardException extends Exception {
    private final int counterNumber;

    public LedBoardException(int counterNumber, String message, Throwable cause) {
        super("LED board of counter " + counterNumber + ": " + message, cause);
        this.counterNumber = counterNumber;
    }

    public int counterNumber() {
        return counterNumber;
    }
}
