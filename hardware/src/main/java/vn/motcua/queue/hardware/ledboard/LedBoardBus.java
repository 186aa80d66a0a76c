package vn.motcua.queue.hardware.ledboard;

/**
 * The LED number boards above the counters, all on one RS-485 bus; the display agent addresses
 * them by counter number and the bus maps that to each board's address.
 */
public interface LedBoardBus extends AutoCloseable {

    /** Shows {@code message} on the board of counter {@code counterNumber}. */
    void show(int counterNumber, BoardMessage message) throws LedBoardException;

    default void show(int counterNumber, String text, boolean blink) throws LedBoardException {
        show(counterNumber, new BoardMessage(text, blink, false));
    }

    default void clear(int counterNumber) throws LedBoardException {
        show(counterNumber, BoardMessage.BLANK);
    }

    @Override
    void close();
}
