package vn.motcua.queue.fanout;

/**
 * Reads a field out of an event frame without a JSON parser, so that 2,000 subscribers' frames cost the client
 * next to nothing and the measured time is the server's. Takes the first occurrence of the key: in the frames
 * of this project {@code type} and {@code seq} come first and the first {@code id} is the ticket's.
 */
final class FrameFields {

    private FrameFields() {
    }

    /** The value of the first {@code "key":"..."}, or null. */
    static String string(String json, String key) {
        String marker = "\"" + key + "\":\"";
        int i = json.indexOf(marker);
        if (i < 0) {
            return null;
        }
        int start = i + marker.length();
        int end = json.indexOf('"', start);
        return end < 0 ? null : json.substring(start, end);
    }

    /** The value of the first {@code "key":123}, or -1. */
    static long number(String json, String key) {
        String marker = "\"" + key + "\":";
        int i = json.indexOf(marker);
        if (i < 0) {
            return -1;
        }
        long value = 0;
        int digits = 0;
        for (int p = i + marker.length(); p < json.length(); p++, digits++) {
            char c = json.charAt(p);
            if (c < '0' || c > '9') {
                break;
            }
            value = value * 10 + (c - '0');
        }
        return digits == 0 ? -1 : value;
    }
}
