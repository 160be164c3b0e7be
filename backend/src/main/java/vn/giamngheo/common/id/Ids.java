package vn.giamngheo.common.id;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Keys of new households and members: time-ordered UUIDs (version 7, RFC 9562), 48 bits of Unix milliseconds then 74
 * random bits. Random (version 4) keys land on a random page of every index over them, which at millions of rows no
 * longer stays in memory; keys that grow with time fill the right edge of those indexes as a sequence would, and still
 * cannot be guessed or counted.
 */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static UUID next() {
        return at(System.currentTimeMillis());
    }

    static UUID at(long unixMillis) {
        byte[] r = new byte[10];
        RANDOM.nextBytes(r);
        long high = (unixMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | ((r[0] & 0x0FL) << 8) | (r[1] & 0xFFL);
        long low = 0x8000_0000_0000_0000L | ((r[2] & 0x3FL) << 56);
        for (int i = 3; i < 10; i++) {
            low |= (r[i] & 0xFFL) << (8 * (9 - i));
        }
        return new UUID(high, low);
    }
}
