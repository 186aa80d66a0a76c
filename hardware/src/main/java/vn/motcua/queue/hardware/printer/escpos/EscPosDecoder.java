package vn.motcua.queue.hardware.printer.escpos;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an ESC/POS byte stream into commands. It is the test oracle for what the drivers send
 * and the core of the simulated printer.
 *
 * <p>{@link #parseNext} works on a growing buffer: when the bytes end in the middle of a command
 * it answers {@code null} and the caller waits for more, which is how a printer emulation on a
 * serial line knows that a {@code DLE EOT} is a real request and not bytes inside an image.
 */
public final class EscPosDecoder {

    /** A command and how many bytes it took. */
    public record Parsed(EscPosCommand command, int length) {
    }

    private EscPosDecoder() {
    }

    /** Decodes a complete stream; trailing bytes of an unfinished command are an error. */
    public static List<EscPosCommand> decodeAll(byte[] bytes) {
        List<EscPosCommand> commands = new ArrayList<>();
        int pos = 0;
        while (pos < bytes.length) {
            Parsed parsed = parseNext(bytes, pos, bytes.length);
            if (parsed == null) {
                throw new IllegalArgumentException("stream ends inside a command at byte " + pos);
            }
            commands.add(parsed.command());
            pos += parsed.length();
        }
        return commands;
    }

    /** Parses the command starting at {@code pos}; {@code null} if {@code end} cuts it short. */
    public static Parsed parseNext(byte[] buf, int pos, int end) {
        int b = buf[pos] & 0xFF;
        return switch (b) {
            case EscPos.LF -> new Parsed(new EscPosCommand.LineFeed(), 1);
            case 0x0D -> new Parsed(new EscPosCommand.Ignored("CR"), 1);
            case EscPos.ESC -> parseEsc(buf, pos, end);
            case EscPos.GS -> parseGs(buf, pos, end);
            case EscPos.FS -> need(buf, pos, end, 2) ? new Parsed(new EscPosCommand.Ignored("FS " + (char) buf[pos + 1]), 2) : null;
            case EscPos.DLE -> parseDle(buf, pos, end);
            default -> b < 0x20 ? new Parsed(new EscPosCommand.Ignored(String.format("0x%02X", b)), 1) : text(buf, pos, end);
        };
    }

    private static Parsed text(byte[] buf, int pos, int end) {
        int stop = pos;
        while (stop < end && (buf[stop] & 0xFF) >= 0x20) {
            stop++;
        }
        byte[] bytes = new byte[stop - pos];
        System.arraycopy(buf, pos, bytes, 0, bytes.length);
        return new Parsed(new EscPosCommand.Text(bytes), bytes.length);
    }

    private static Parsed parseDle(byte[] buf, int pos, int end) {
        if (!need(buf, pos, end, 3)) {
            return null;
        }
        if (buf[pos + 1] == EscPos.EOT) {
            return new Parsed(new EscPosCommand.StatusRequest(buf[pos + 2] & 0xFF), 3);
        }
        return new Parsed(new EscPosCommand.Ignored("DLE " + (buf[pos + 1] & 0xFF)), 3);
    }

    private static Parsed parseEsc(byte[] buf, int pos, int end) {
        if (!need(buf, pos, end, 2)) {
            return null;
        }
        char c = (char) (buf[pos + 1] & 0xFF);
        if (c == '@') {
            return new Parsed(new EscPosCommand.Initialize(), 2);
        }
        if (c == '2') {
            return new Parsed(new EscPosCommand.Ignored("ESC 2"), 2);
        }
        if (c == 'p') {
            return need(buf, pos, end, 5) ? new Parsed(new EscPosCommand.Ignored("ESC p"), 5) : null;
        }
        if (c == '$') {
            return need(buf, pos, end, 4) ? new Parsed(new EscPosCommand.Ignored("ESC $"), 4) : null;
        }
        if (!need(buf, pos, end, 3)) {
            return null;
        }
        int n = buf[pos + 2] & 0xFF;
        EscPosCommand command = switch (c) {
            case 't' -> new EscPosCommand.SelectCodePage(n);
            case 'a' -> new EscPosCommand.Align(n % 48);
            case 'E' -> new EscPosCommand.Bold((n & 1) == 1);
            case 'd' -> new EscPosCommand.FeedLines(n);
            default -> new EscPosCommand.Ignored("ESC " + c); // ESC ! - 3 J M R V { and the like: one argument
        };
        return new Parsed(command, 3);
    }

    private static Parsed parseGs(byte[] buf, int pos, int end) {
        if (!need(buf, pos, end, 3)) {
            return null;
        }
        char c = (char) (buf[pos + 1] & 0xFF);
        int n = buf[pos + 2] & 0xFF;
        switch (c) {
            case '!':
                return new Parsed(new EscPosCommand.CharacterSize((n >> 4) + 1, (n & 0x0F) + 1), 3);
            case 'B':
                return new Parsed(new EscPosCommand.Reverse((n & 1) == 1), 3);
            case 'V':
                if (n == 65 || n == 66 || n == 97 || n == 98) {
                    return need(buf, pos, end, 4) ? new Parsed(new EscPosCommand.Cut(buf[pos + 3] & 0xFF), 4) : null;
                }
                return new Parsed(new EscPosCommand.Cut(0), 3);
            case 'v':
                return parseRaster(buf, pos, end);
            case '(':
                return parseGsParen(buf, pos, end);
            case 'L':
            case 'W':
                return need(buf, pos, end, 4) ? new Parsed(new EscPosCommand.Ignored("GS " + c), 4) : null;
            default:
                return new Parsed(new EscPosCommand.Ignored("GS " + c), 3); // GS a, GS h, GS w, GS H, ...
        }
    }

    private static Parsed parseRaster(byte[] buf, int pos, int end) {
        if (!need(buf, pos, end, 8)) {
            return null;
        }
        int bytesPerRow = (buf[pos + 4] & 0xFF) | (buf[pos + 5] & 0xFF) << 8;
        int rows = (buf[pos + 6] & 0xFF) | (buf[pos + 7] & 0xFF) << 8;
        int size = bytesPerRow * rows;
        if (!need(buf, pos, end, 8 + size)) {
            return null;
        }
        byte[] data = new byte[size];
        System.arraycopy(buf, pos + 8, data, 0, size);
        return new Parsed(new EscPosCommand.RasterImage(new MonoBitmap(bytesPerRow * 8, rows, data)), 8 + size);
    }

    /** {@code GS ( k pL pH cn fn ...}: QR functions 167 (module size), 180 (store), 181 (print). */
    private static Parsed parseGsParen(byte[] buf, int pos, int end) {
        if (!need(buf, pos, end, 5)) {
            return null;
        }
        int dataLength = (buf[pos + 3] & 0xFF) | (buf[pos + 4] & 0xFF) << 8;
        int total = 5 + dataLength;
        if (!need(buf, pos, end, total)) {
            return null;
        }
        char function = (char) (buf[pos + 2] & 0xFF);
        if (function != 'k' || dataLength < 2 || (buf[pos + 5] & 0xFF) != 49) {
            return new Parsed(new EscPosCommand.Ignored("GS ( " + function), total);
        }
        int fn = buf[pos + 6] & 0xFF;
        EscPosCommand command = switch (fn) {
            case 67 -> new EscPosCommand.QrModuleSize(buf[pos + 7] & 0xFF);
            case 80 -> new EscPosCommand.QrStore(new String(buf, pos + 8, dataLength - 3, StandardCharsets.ISO_8859_1));
            case 81 -> new EscPosCommand.QrPrint();
            default -> new EscPosCommand.Ignored("GS ( k fn " + fn);
        };
        return new Parsed(command, total);
    }

    private static boolean need(byte[] buf, int pos, int end, int length) {
        return pos + length <= end;
    }
}
