package dev.tolk.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A fingerprint is the SHA-256 of its items framed ({@code 's'}, the length in four bytes, the
 * UTF-8 bytes), whatever their sizes: it holds bytes back in a buffer that grows and is digested
 * when full, and an item larger than the buffer goes to the digest whole, after what was held.
 */
class FingerprintTest {
    @Test
    void itemsOfEverySizeDigestInOrderAcrossTheBufferGrowingAndFilling() throws Exception {
        Random random = new Random(18);
        for (int run = 0; run < 300; run++) {
            Fingerprint f = new Fingerprint();
            ByteArrayOutputStream framed = new ByteArrayOutputStream();
            int items = random.nextInt(40);
            for (int i = 0; i < items; i++) {
                // around the buffer's first size (256), its largest (8192), and larger
                int[] sizes = {0, 1, 250, 251, 252, 256, 300, 4000, 8187, 8188, 8192, 9000, 20_000};
                int size = random.nextBoolean() ? sizes[random.nextInt(sizes.length)] : random.nextInt(3000);
                String item = "x".repeat(size) + (random.nextBoolean() ? "" : "é");
                f.add(item);
                byte[] b = item.getBytes(StandardCharsets.UTF_8);
                framed.write('s');
                framed.write(b.length >>> 24);
                framed.write(b.length >>> 16);
                framed.write(b.length >>> 8);
                framed.write(b.length);
                framed.write(b);
            }
            String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(framed.toByteArray()));
            assertEquals(expected, f.hex(), "run " + run + " of " + items + " items");
        }
    }
}
