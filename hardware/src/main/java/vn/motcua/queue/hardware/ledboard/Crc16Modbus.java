package vn.motcua.queue.hardware.ledboard;

/** CRC-16/MODBUS: polynomial 0xA001 (reflected 0x8005), initial 0xFFFF; sent low byte first. */
public final class Crc16Modbus {
    private Crc16Modbus() {
    }

    public static int of(byte[] bytes, int from, int to) {
        int crc = 0xFFFF;
        for (int i = from; i < to; i++) {
            crc ^= bytes[i] & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
            }
        }
        return crc;
    }

    /** Whether the last two bytes of {@code bytes[from..to)} are the CRC of the rest. */
    public static boolean matches(byte[] bytes, int from, int to) {
        if (to - from < 3) {
            return false;
        }
        int crc = of(bytes, from, to - 2);
        return (bytes[to - 2] & 0xFF) == (crc & 0xFF) && (bytes[to - 1] & 0xFF) == (crc >>> 8);
    }
}
