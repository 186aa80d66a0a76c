package vn.motcua.queue.hardware.printer.escpos;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * A 1-bit image in the layout of {@code GS v 0}: rows top to bottom, 8 dots per byte, most
 * significant bit leftmost, 1 = black dot. Width is always a multiple of 8.
 */
public record MonoBitmap(int width, int height, byte[] data) {

    public MonoBitmap {
        if (width <= 0 || width % 8 != 0 || height <= 0) {
            throw new IllegalArgumentException("bad bitmap size " + width + "x" + height);
        }
        if (data.length != width / 8 * height) {
            throw new IllegalArgumentException("data length " + data.length + " for " + width + "x" + height);
        }
    }

    public static MonoBitmap blank(int width, int height) {
        int w = roundUpTo8(width);
        return new MonoBitmap(w, height, new byte[w / 8 * height]);
    }

    /** Pixels darker than the middle grey become black dots. */
    public static MonoBitmap fromImage(BufferedImage image) {
        MonoBitmap bitmap = blank(image.getWidth(), image.getHeight());
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int luminance = (((rgb >> 16) & 0xFF) * 299 + ((rgb >> 8) & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
                if (luminance < 128) {
                    bitmap.set(x, y);
                }
            }
        }
        return bitmap;
    }

    public int bytesPerRow() {
        return width / 8;
    }

    public boolean get(int x, int y) {
        return (data[y * bytesPerRow() + x / 8] & (0x80 >> (x % 8))) != 0;
    }

    void set(int x, int y) {
        data[y * bytesPerRow() + x / 8] |= (byte) (0x80 >> (x % 8));
    }

    public int blackDots() {
        int count = 0;
        for (byte b : data) {
            count += Integer.bitCount(b & 0xFF);
        }
        return count;
    }

    /** Copy with {@code leftBytes} blank bytes in front of every row (centering for printers that ignore ESC a). */
    public MonoBitmap padLeft(int leftBytes) {
        if (leftBytes <= 0) {
            return this;
        }
        int newBytesPerRow = bytesPerRow() + leftBytes;
        byte[] padded = new byte[newBytesPerRow * height];
        for (int y = 0; y < height; y++) {
            System.arraycopy(data, y * bytesPerRow(), padded, y * newBytesPerRow + leftBytes, bytesPerRow());
        }
        return new MonoBitmap(newBytesPerRow * 8, height, padded);
    }

    public BufferedImage toImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return image;
    }

    static int roundUpTo8(int dots) {
        return (dots + 7) / 8 * 8;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MonoBitmap other && width == other.width && height == other.height
                && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "MonoBitmap[" + width + "x" + height + "]";
    }
}
