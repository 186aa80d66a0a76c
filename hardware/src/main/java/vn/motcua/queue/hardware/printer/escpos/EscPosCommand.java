package vn.motcua.queue.hardware.printer.escpos;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** One decoded ESC/POS command or run of text, as {@link EscPosDecoder} finds it in a byte stream. */
public sealed interface EscPosCommand {

    /** Printable bytes, still in the printer's code page. */
    record Text(byte[] bytes) implements EscPosCommand {
        @Override
        public boolean equals(Object o) {
            return o instanceof Text other && Arrays.equals(bytes, other.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Text[" + new String(bytes, StandardCharsets.ISO_8859_1) + "]";
        }
    }

    record LineFeed() implements EscPosCommand {
    }

    record Initialize() implements EscPosCommand {
    }

    record SelectCodePage(int n) implements EscPosCommand {
    }

    record Align(int alignment) implements EscPosCommand {
    }

    record Bold(boolean on) implements EscPosCommand {
    }

    record Reverse(boolean on) implements EscPosCommand {
    }

    record CharacterSize(int widthTimes, int heightTimes) implements EscPosCommand {
    }

    record FeedLines(int lines) implements EscPosCommand {
    }

    record RasterImage(MonoBitmap bitmap) implements EscPosCommand {
    }

    record QrModuleSize(int dots) implements EscPosCommand {
    }

    record QrStore(String payload) implements EscPosCommand {
    }

    record QrPrint() implements EscPosCommand {
    }

    record Cut(int feedDots) implements EscPosCommand {
    }

    /** {@code DLE EOT n}: a real-time status request; the printer answers one byte at once. */
    record StatusRequest(int n) implements EscPosCommand {
    }

    /** A command we recognise and skip (its bytes are consumed whole so parsing stays in step). */
    record Ignored(String name) implements EscPosCommand {
    }
}
