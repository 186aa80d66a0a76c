package vn.motcua.queue.core.numbering;

/**
 * Formats ticket numbers: the service prefix and at least three digits (A001 ... A999, A1000 ...).
 * The sequence itself is kept per center, service and center-local day by the storage layer.
 */
public final class TicketNumbers {

    private TicketNumbers() {
    }

    public static String format(String prefix, int sequence) {
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative: " + sequence);
        }
        return prefix + String.format("%03d", sequence);
    }

    /** The sequence number inside a formatted number, e.g. 23 for "A023". */
    public static int sequenceOf(String number) {
        int i = 0;
        while (i < number.length() && !Character.isDigit(number.charAt(i))) {
            i++;
        }
        if (i == number.length()) {
            throw new IllegalArgumentException("no digits in ticket number " + number);
        }
        return Integer.parseInt(number.substring(i));
    }
}
