package vn.motcua.queue.hardware.ledboard;

/** A frame read off the bus: which board, and what it was told to show. */
public record BoardFrame(int address, BoardMessage message, int length) {
}
