package vn.giamngheo.household.domain;

import java.text.Normalizer;

/**
 * Vietnamese text arrives in both precomposed and combining forms (keyboards differ); store NFC with single
 * spaces so equal names compare equal.
 */
public final class Names {
    private Names() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }
}
